package kr.co.saenal.sandan.platform.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** {@code Content-Disposition} for downloads with Korean file names (RFC 6266, with RFC 8187's {@code filename*}). */
public final class ContentDisposition {

    /** RFC 8187 attr-char besides letters and digits: what may stand unencoded in {@code filename*}. */
    private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";

    private ContentDisposition() {}

    /**
     * {@code attachment; filename="inquiries.csv"; filename*=UTF-8''%EC%83%81…}: browsers take the UTF-8 name,
     * old clients the ASCII one (which must not need quoting).
     */
    public static String attachment(String asciiName, String name) {
        if (!asciiName.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Not a plain ASCII file name: " + asciiName);
        }
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded(name);
    }

    /**
     * {@code attachment} (or {@code inline}) for a file people named: the name in UTF-8 as {@code filename*}, and an
     * ASCII stand-in as {@code filename} that keeps what it can ("2026 ___.hwp", "Resume_.pdf": the extension stays).
     */
    public static String of(boolean inline, String fileName) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiStandIn(fileName) + "\"; filename*=UTF-8''"
                + encoded(fileName);
    }

    static String asciiStandIn(String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (char c : Normalizer.normalize(fileName, Normalizer.Form.NFC).toCharArray()) {
            char base =
                    Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0); // é → e, 공 stays
            ascii.append(base >= 0x20 && base < 0x7F && base != '"' && base != '\\' && base != '%' ? base : '_');
        }
        return ascii.toString();
    }

    static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
