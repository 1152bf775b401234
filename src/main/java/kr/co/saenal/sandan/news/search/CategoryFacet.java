package kr.co.saenal.sandan.news.search;

/** A category among the results: how many posts of it the search found. */
public record CategoryFacet(String slug, String name, long count) {}
