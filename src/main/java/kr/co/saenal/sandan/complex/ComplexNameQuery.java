package kr.co.saenal.sandan.complex;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * What the directory's name query looks for. KICOX writes short names (남동[재생사업지구], 아산국가, 대불국가산업단지),
 * readers the full ones (남동국가산업단지, 남동산단): the kind's words at the end of what they typed are taken off, so
 * that the rest is found inside the names KICOX uses. What is left always still contains what KICOX wrote when the
 * reader typed KICOX's own name, so no complex found before is lost. A query that is nothing but such words
 * (산업단지, 농공단지) is kept as it is.
 */
public final class ComplexNameQuery {

    /** Longest first: each is tried in turn, repeatedly (남동국가산업단지 → 남동국가 → 남동). */
    private static final List<String> KIND_WORDS = load();

    private ComplexNameQuery() {}

    /** The text to find inside names and 시군, lower-cased: {@code 남동 국가산업단지} → {@code 남동}. */
    public static String searchForm(String text) {
        String form = ComplexKey.cleanText(text).toLowerCase(Locale.ROOT);
        boolean shortened = true;
        while (shortened) {
            shortened = false;
            for (String word : KIND_WORDS) {
                if (form.endsWith(word) && form.length() > word.length()) {
                    String rest =
                            form.substring(0, form.length() - word.length()).strip();
                    if (!rest.isEmpty()) {
                        form = rest;
                        shortened = true;
                        break;
                    }
                }
            }
        }
        return form;
    }

    private static List<String> load() {
        Properties words = new Properties();
        try (InputStream in = ComplexNameQuery.class.getResourceAsStream("name-query.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(words.getProperty("kindWords").split(","));
    }
}
