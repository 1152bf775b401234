package kr.co.saenal.sandan.platform;

/**
 * A CDI event: something the public pages show (a post, a category, a picture, a setting) has just been written,
 * fired by {@link PublicContentListener}. Whoever keeps rendered pages drops them.
 */
public record PublicContentChanged(Class<?> entity) {}
