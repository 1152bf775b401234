/**
 * How the site is found and followed from outside: the Atom and RSS 2.0 feeds ({@code /feed.xml}, {@code /rss.xml}), the sitemap
 * ({@code /sitemap.xml}) and {@code /robots.txt}. Every address they carry is absolute
 * ({@link kr.co.saenal.sandan.site.SiteAddress}).
 */
package kr.co.saenal.sandan.discovery;
