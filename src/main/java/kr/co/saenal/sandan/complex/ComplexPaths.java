package kr.co.saenal.sandan.complex;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the directory's pages. */
public final class ComplexPaths {

    /** The list of every complex. */
    public static final String LIST = "/complexes";

    private ComplexPaths() {}

    /** {@code /complexes/812/남동-재생사업지구}, the slug percent-encoded. */
    public static String of(long id, String slug) {
        return "/complexes/" + id + "/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    /** {@code /complexes/regions/gyeonggi}. */
    public static String region(Sido sido) {
        return "/complexes/regions/" + sido.slug();
    }
}
