package kr.co.saenal.sandan.news;

/** A category with the number of its published posts, for menus and filters. */
public record CategoryView(String slug, String name, long postCount) {}
