package kr.co.saenal.sandan.news;

import java.text.Normalizer;

/**
 * The name a browser sent for an attachment, made safe to keep, show and send back: no folders, no control
 * characters or quotes, composed Hangul (a Mac sends 공고문 as decomposed jamo), at most {@link #MAX_LENGTH}
 * characters with the extension kept.
 */
final class FileNameOf {

    static final int MAX_LENGTH = 200;

    private FileNameOf() {}

    static String upload(String clientFileName) {
        String name = clientFileName == null ? "" : clientFileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\"<>*?|:]", "")
                .strip();
        if (name.isEmpty()) {
            name = "file";
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }
}
