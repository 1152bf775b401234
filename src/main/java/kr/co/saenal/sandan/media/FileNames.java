package kr.co.saenal.sandan.media;

import java.util.Locale;

/** The name a browser sent for a file, made safe to keep and show: no folders, no control characters, bounded. */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {}

    /** The last path segment of {@code clientFileName}, or "image.png" and the like when there is none. */
    static String displayable(String clientFileName, ImageFormat format) {
        String name = clientFileName == null ? "" : clientFileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>]", "").strip();
        if (name.isEmpty()) {
            name = "image." + format.name().toLowerCase(Locale.ROOT).replace("jpeg", "jpg");
        }
        return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
    }
}
