package kr.co.saenal.sandan.news;

import java.io.Serializable;

/** A category as the back office lists it: with the number of posts (any state) filed under it. */
public record CategoryRow(long id, String slug, String name, int position, long postCount) implements Serializable {}
