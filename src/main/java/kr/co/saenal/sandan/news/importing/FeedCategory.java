package kr.co.saenal.sandan.news.importing;

import java.io.Serializable;

/** A category of the old site: its slug (WordPress' nicename; the name again in plain RSS) and its name. */
public record FeedCategory(String slug, String name) implements Serializable {

    private static final long serialVersionUID = 1L;
}
