package kr.co.saenal.sandan.complex.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kr.co.saenal.sandan.complex.ComplexDetail;
import kr.co.saenal.sandan.platform.Texts;

/**
 * Links to a complex on Kakao Map and Naver Map: their search pages, asked for "시도 시군 name" in Korean (what the
 * map services know, whatever the page's language). No script and no API key: a plain link that opens the map. The
 * workbook's remarks in brackets ({@code 남동[재생사업지구]}, {@code 반월특수(안산신도시)}) are left out, and the
 * type's name is added where the name does not already end in 단지 ({@code 남동국가산업단지}), as people call them.
 */
final class MapLinks {

    private MapLinks() {}

    static String query(ComplexDetail complex) {
        String name = complex.name()
                .replaceAll("\\[[^]]*]|\\([^)]*\\)|\\u3010[^\\u3011]*\\u3011", "")
                .strip();
        String complexWord = Texts.format(MapLinks.class, Locale.KOREAN, "web.mapLinks.complexWord");
        if (!name.endsWith(complexWord)) {
            name += Texts.format(
                    MapLinks.class,
                    Locale.KOREAN,
                    "web.mapLinks.suffix." + complex.type().name());
        }
        return String.join(" ", complex.sido().label(Locale.KOREAN), complex.sigun(), name)
                .replaceAll("\\s+", " ")
                .strip();
    }

    static String kakao(ComplexDetail complex) {
        return "https://map.kakao.com/?q=" + encode(query(complex));
    }

    static String naver(ComplexDetail complex) {
        return "https://map.naver.com/p/search/" + encode(query(complex));
    }

    /** Percent-encoded for a query or a path segment alike (a space as %20, never +). */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
