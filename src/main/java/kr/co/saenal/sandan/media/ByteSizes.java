package kr.co.saenal.sandan.media;

import java.util.Locale;

/** File sizes as people read them. */
public final class ByteSizes {

    private ByteSizes() {}

    /** 512 → "512B", 2048 → "2KB", 1536000 → "1.5MB" (binary units, at most one decimal). */
    public static String text(long bytes) {
        if (bytes < 1024) {
            return bytes + "B";
        }
        if (bytes < 1024 * 1024) {
            return oneDecimal(bytes / 1024.0) + "KB";
        }
        return oneDecimal(bytes / (1024.0 * 1024)) + "MB";
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
