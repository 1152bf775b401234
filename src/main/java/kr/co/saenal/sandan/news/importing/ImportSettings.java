package kr.co.saenal.sandan.news.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import kr.co.saenal.sandan.media.ByteSizes;

/**
 * The import's limits, from the environment: {@code SANDAN_IMPORT_MAX_BYTES} (the largest file, default 10 MiB:
 * the back office's upload forms are cut off above the image limit plus 1 MiB anyway) and
 * {@code SANDAN_IMPORT_FETCH_PRIVATE} ({@code true} lets the import fetch pictures from loopback and private
 * addresses; off by default, so that a file cannot make the server probe its own network).
 */
@ApplicationScoped
public class ImportSettings {

    public static final String MAX_BYTES_VARIABLE = "SANDAN_IMPORT_MAX_BYTES";
    public static final String FETCH_PRIVATE_VARIABLE = "SANDAN_IMPORT_FETCH_PRIVATE";
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** The most pictures one import fetches; the rest are listed in its report. */
    public static final int MAX_IMAGES = 500;
    /** The most bytes of pictures one import holds in memory before it writes them. */
    public static final long MAX_IMAGE_BYTES_TOTAL = 256L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(ImportSettings.class.getName());

    private final long maxBytes;
    private final boolean fetchPrivate;

    public ImportSettings() {
        this(System.getenv(MAX_BYTES_VARIABLE), System.getenv(FETCH_PRIVATE_VARIABLE));
    }

    ImportSettings(String maxBytes, String fetchPrivate) {
        this.maxBytes = parse(maxBytes);
        this.fetchPrivate = "true".equalsIgnoreCase(fetchPrivate == null ? "" : fetchPrivate.strip());
    }

    private static long parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_MAX_BYTES;
        }
        try {
            long value = Long.parseLong(configured.strip());
            if (value > 0 && value < Integer.MAX_VALUE - 8) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the warning below
        }
        LOG.warning(() -> MAX_BYTES_VARIABLE + "=" + configured + " is not a byte count; using " + DEFAULT_MAX_BYTES);
        return DEFAULT_MAX_BYTES;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public String maxSizeText() {
        return ByteSizes.text(maxBytes);
    }

    public boolean fetchPrivate() {
        return fetchPrivate;
    }
}
