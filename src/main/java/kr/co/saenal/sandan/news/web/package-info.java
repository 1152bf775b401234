/**
 * The public news pages: home, lists, the article (stateless, counted once per reader and day, 304 for a current
 * copy), search, and the menu. Other features show their parts on the article page through
 * {@code ArticlePagePart}.
 */
package kr.co.saenal.sandan.news.web;
