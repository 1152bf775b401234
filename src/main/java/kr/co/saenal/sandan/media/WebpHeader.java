package kr.co.saenal.sandan.media;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a WebP picture's dimensions from its RIFF header, since the JDK cannot decode WebP. Knows the three
 * layouts: lossy ({@code VP8 }), lossless ({@code VP8L}) and extended ({@code VP8X}, animation and alpha).
 */
final class WebpHeader {

    private WebpHeader() {}

    /** The picture size, or empty when the header is truncated or inconsistent. */
    static Optional<ImageSize> size(byte[] data) {
        if (data.length < 30 || ImageFormat.sniff(data).orElse(null) != ImageFormat.WEBP) {
            return Optional.empty();
        }
        long riffSize = littleEndian(data, 4, 4);
        if (riffSize + 8 > data.length || riffSize < 22) {
            return Optional.empty(); // the file is shorter than its own header says
        }
        String chunk = new String(data, 12, 4, StandardCharsets.US_ASCII);
        int width;
        int height;
        switch (chunk) {
            case "VP8 " -> {
                // frame tag (3 bytes), then the key frame start code 9d 01 2a, then 14-bit width and height
                if ((data[23] & 0xff) != 0x9d || (data[24] & 0xff) != 0x01 || (data[25] & 0xff) != 0x2a) {
                    return Optional.empty();
                }
                width = (int) littleEndian(data, 26, 2) & 0x3fff;
                height = (int) littleEndian(data, 28, 2) & 0x3fff;
            }
            case "VP8L" -> {
                if ((data[20] & 0xff) != 0x2f) {
                    return Optional.empty();
                }
                long bits = littleEndian(data, 21, 4);
                width = (int) (bits & 0x3fff) + 1;
                height = (int) ((bits >> 14) & 0x3fff) + 1;
            }
            case "VP8X" -> {
                width = (int) littleEndian(data, 24, 3) + 1;
                height = (int) littleEndian(data, 27, 3) + 1;
            }
            default -> {
                return Optional.empty();
            }
        }
        return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    }

    private static long littleEndian(byte[] data, int offset, int length) {
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = (value << 8) | (data[offset + i] & 0xff);
        }
        return value;
    }
}
