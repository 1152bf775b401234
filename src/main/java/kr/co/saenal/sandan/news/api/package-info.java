/**
 * The public news API ({@code GET /api/news}) with its explicit JSON shape, and the search-index rebuild for
 * administrators.
 */
package kr.co.saenal.sandan.news.api;
