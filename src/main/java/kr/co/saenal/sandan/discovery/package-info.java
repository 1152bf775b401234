/**
 * How the site is found and followed from outside: the Atom feeds ({@code /feed.xml}), the sitemap
 * ({@code /sitemap.xml}) and {@code /robots.txt}. Every address they carry is absolute
 * ({@link kr.co.saenal.sandan.site.SiteAddress}).
 */
package kr.co.saenal.sandan.discovery;
