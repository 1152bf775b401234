/**
 * The directory's public pages: {@code /complexes} (every complex of the newest quarter, filtered, sorted and paged
 * through the query parameters of {@link kr.co.saenal.sandan.complex.ComplexListParameters}, with KICOX's national
 * summary) and {@code /complexes/regions/{시도}} (a 시도's summary by type and its complexes). Plain GET forms, so
 * that an address holds its filter; the pages are kept by the page cache for anonymous readers.
 */
package kr.co.saenal.sandan.complex.web;
