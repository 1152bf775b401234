package kr.co.saenal.sandan.news.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kr.co.saenal.sandan.media.ByteSizes;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import kr.co.saenal.sandan.platform.config.ValidatedSettings;

/**
 * The import's limits, from the settings {@code SANDAN_IMPORT_MAX_BYTES} (the largest file, default 10 MiB:
 * the back office's upload forms are cut off above the image limit plus 1 MiB anyway) and
 * {@code SANDAN_IMPORT_FETCH_PRIVATE} ({@code true} lets the import fetch pictures from loopback and private
 * addresses; off by default, so that a file cannot make the server probe its own network).
 */
@ApplicationScoped
public class ImportSettings implements ValidatedSettings {

    public static final String MAX_BYTES_PROPERTY = "sandan.import.max-bytes";
    public static final String FETCH_PRIVATE_PROPERTY = "sandan.import.fetch-private";
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** The most pictures one import fetches; the rest are listed in its report. */
    public static final int MAX_IMAGES = 500;
    /** The most bytes of pictures one import holds in memory before it writes them. */
    public static final long MAX_IMAGE_BYTES_TOTAL = 256L * 1024 * 1024;

    private final long maxBytes;
    private final boolean fetchPrivate;
    private final List<String> problems;

    public ImportSettings() {
        this(SettingsReader.fromConfig());
    }

    ImportSettings(SettingsReader read) {
        this.maxBytes =
                read.number(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES, 1, Integer.MAX_VALUE - 9, "a number of bytes");
        this.fetchPrivate = read.flag(FETCH_PRIVATE_PROPERTY, false);
        this.problems = read.problems();
    }

    @Override
    public List<String> problems() {
        return problems;
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
