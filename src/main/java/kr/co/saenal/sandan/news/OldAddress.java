package kr.co.saenal.sandan.news;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address of the old site (or of this one) as a redirect knows it: the path, percent-decoded (WordPress writes
 * Korean slugs as {@code %ed%95%9c…}, browsers send them in capitals or as they are), in Unicode NFC, without a
 * trailing slash, followed by its query when it has one ({@code /?p=123}, WordPress' guid). Scheme, host and
 * fragment are dropped: an old address answers on any host name that reaches the site, so the old domain can point
 * here too.
 */
public final class OldAddress {

    /** The longest key stored (the column's length; an index entry stays under PostgreSQL's limit). */
    public static final int MAX_LENGTH = 600;

    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*");

    private OldAddress() {}

    /**
     * The key of an address: a full URL ({@code http://old.example.com/2024/03/slug/}) or a path with or without a
     * query. Empty when it is no address of a page (blank, too long, another scheme such as {@code mailto:}).
     */
    public static Optional<String> of(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String rest = address.strip();
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        var host = SCHEME_AND_HOST.matcher(rest);
        if (host.find()) {
            String scheme = rest.substring(0, rest.indexOf(':')).toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.empty();
            }
            rest = rest.substring(host.end());
        } else if (!rest.startsWith("/")) {
            return Optional.empty();
        }
        int question = rest.indexOf('?');
        String path = question < 0 ? rest : rest.substring(0, question);
        String query = question < 0 ? null : rest.substring(question + 1);
        return of(path, query);
    }

    /** The key of a request: its raw (still percent-encoded) path and query, as the server received them. */
    public static Optional<String> of(String rawPath, String rawQuery) {
        String raw = rawPath == null ? "" : rawPath;
        var host = SCHEME_AND_HOST.matcher(raw);
        if (host.find()) { // a request in absolute form, GET http://old.example.com/… HTTP/1.1
            raw = raw.substring(host.end());
        }
        String path = clean(raw.isEmpty() ? "/" : raw);
        if (!path.startsWith("/") || path.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = rawQuery == null || rawQuery.isBlank() ? null : clean(rawQuery);
        String key = query == null ? path : path + "?" + query;
        return key.length() > MAX_LENGTH ? Optional.empty() : Optional.of(key);
    }

    /** The path alone of a key ({@code /?p=123} → {@code /}). */
    public static String pathOf(String key) {
        int question = key.indexOf('?');
        return question < 0 ? key : key.substring(0, question);
    }

    /** Percent-decoded as UTF-8 ({@code +} stays a plus), then NFC; a sequence that is not UTF-8 stays encoded. */
    public static String clean(String raw) {
        return Normalizer.normalize(decode(raw), Normalizer.Form.NFC);
    }

    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int start = i;
            while (i < raw.length() && raw.charAt(i) == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 3;
            }
            if (bytes.size() == 0) {
                out.append(c);
                i++;
                continue;
            }
            try {
                out.append(StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray())));
            } catch (CharacterCodingException e) {
                out.append(raw, start, i);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int at) {
        return at < s.length() && Character.digit(s.charAt(at), 16) >= 0;
    }
}
