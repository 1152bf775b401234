package kr.co.saenal.sandan.news;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The canonical address of an article: /news/{id}/{slug}, with the (often Korean) slug percent-encoded. */
public final class ArticlePaths {

    private ArticlePaths() {}

    public static String of(long id, String slug) {
        return "/news/" + id + "/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
