package kr.co.saenal.sandan.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The picture formats the library accepts, recognised by their first bytes ("magic numbers"), never by the
 * file name or the type a browser declares.
 */
public enum ImageFormat {
    JPEG("image/jpeg", "jpeg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String contentType;
    private final String imageIoName;

    ImageFormat(String contentType, String imageIoName) {
        this.contentType = contentType;
        this.imageIoName = imageIoName;
    }

    public String contentType() {
        return contentType;
    }

    /** Its ImageIO name for reading (WebP is read by the TwelveMonkeys plugins in the WAR). */
    String imageIoName() {
        return imageIoName;
    }

    /** The format the bytes start with, or empty when they are not one of ours (text, PDF, SVG, HTML, truncated…). */
    public static Optional<ImageFormat> sniff(byte[] data) {
        if (startsWith(data, 0, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (startsWith(data, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(data, 0, ascii("GIF87a")) || startsWith(data, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(data, 0, ascii("RIFF")) && startsWith(data, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** A format from its content type as stored ("image/png"); older rows may use any of ours. */
    public static Optional<ImageFormat> ofContentType(String contentType) {
        return Arrays.stream(values())
                .filter(f -> f.contentType.equalsIgnoreCase(contentType))
                .findFirst();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (data == null || data.length < offset + prefix.length) {
            return false;
        }
        return Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
