package kr.co.saenal.sandan.news.importing;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import kr.co.saenal.sandan.news.OldAddress;

/**
 * The keys an item is remembered by: its guid and its link. An http(s) address becomes host and {@link OldAddress}
 * key ({@code old.example.com/2024/03/인천-산단}), so http and https, encoded and plain Korean, with or without the
 * trailing slash are the same item; any other guid (WordPress' {@code isPermaLink="false"} ids) is kept as written.
 */
final class SourceKeys {

    static final int MAX_LENGTH = 600;

    private SourceKeys() {}

    static Set<String> of(FeedItem item) {
        Set<String> keys = new LinkedHashSet<>();
        for (String value : new String[] {item.guid(), item.link()}) {
            String key = key(value);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    static String key(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            String afterScheme = text.substring(text.indexOf("://") + 3);
            int end = afterScheme.length();
            for (char c : new char[] {'/', '?', '#'}) {
                int at = afterScheme.indexOf(c);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            String host = afterScheme.substring(0, end).toLowerCase(Locale.ROOT);
            String path = OldAddress.of(text).orElse(null);
            if (path != null && !host.isEmpty()) {
                text = host + path;
            }
        }
        return text.length() > MAX_LENGTH ? null : text;
    }
}
