/**
 * The news: {@code NewsPost} (revisions kept by Envers) in {@code Category}s; what the public may read
 * ({@code NewsService}: published and due, as read models) and the editors' side ({@code Newsroom},
 * {@code CategoryDesk}), with their queries in {@code NewsRepository} and {@code CategoryRepository}. Readings are
 * counted in memory and added in bulk ({@code ReadingTally}).
 */
package kr.co.saenal.sandan.news;
