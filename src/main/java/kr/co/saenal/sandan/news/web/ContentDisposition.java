package kr.co.saenal.sandan.news.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): the name in UTF-8 as {@code filename*} for every
 * current browser, and an ASCII stand-in as {@code filename} for the rest ("2026_____.pdf" keeps the extension).
 */
final class ContentDisposition {

    private ContentDisposition() {}

    static String of(boolean inline, String fileName) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String ascii(String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (char c : Normalizer.normalize(fileName, Normalizer.Form.NFC).toCharArray()) {
            char base =
                    Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0); // é → e, 공 stays
            ascii.append(base >= 0x20 && base < 0x7F && base != '"' && base != '\\' && base != '%' ? base : '_');
        }
        return ascii.toString();
    }
}
