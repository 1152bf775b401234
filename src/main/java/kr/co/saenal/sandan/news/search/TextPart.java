package kr.co.saenal.sandan.news.search;

/** A piece of a title or snippet; {@code marked} pieces matched the search and are shown in {@code <mark>}. */
public record TextPart(String text, boolean marked) {}
