/**
 * Korean full-text search over published posts: Hibernate Search with Lucene's Nori morphemes and bigrams, the
 * mapping of {@code NewsPost} (programmatic, so the news model does not know its index), highlighted snippets,
 * facets per category, and the follower that keeps each cluster node's index in step through Envers revisions.
 */
package kr.co.saenal.sandan.news.search;
