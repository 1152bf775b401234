package kr.co.saenal.sandan.complex.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How large a workbook may be, and the limits POI applies while it inflates one. KICOX's statistics workbook is
 * 0.76 MB (4.9 MB inflated, its largest part 0.9 MB, compressed about 1:8); the limits leave room for many years of
 * growth and refuse what only a crafted file does.
 *
 * <p>POI keeps its ZIP limits in static fields, shared by everything in this deployment that reads OOXML; Sandan
 * reads no other, and writing (the inquiry export) is not affected.
 */
@ApplicationScoped
public class WorkbookLimits {

    /** Environment variable overriding the upload limit in bytes. */
    public static final String MAX_BYTES_VARIABLE = "SANDAN_WORKBOOK_MAX_BYTES";
    /** 10 MiB: more than ten times KICOX's largest workbook, within the back office's upload limit. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** A part inflating more than 100 times its compressed size is a bomb (POI's default, set on purpose). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a real workbook comes near 50 MB inflated. */
    static final long MAX_ENTRY_SIZE = 50L * 1024 * 1024;
    /** KICOX's workbooks have about 50 parts. */
    static final long MAX_FILE_COUNT = 1000;

    private static final Logger LOG = Logger.getLogger(WorkbookLimits.class.getName());
    private static volatile boolean secured;

    private final long maxBytes;

    public WorkbookLimits() {
        this(System.getenv(MAX_BYTES_VARIABLE));
    }

    WorkbookLimits(String configured) {
        this.maxBytes = parse(configured);
    }

    private static long parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_MAX_BYTES;
        }
        try {
            long value = Long.parseLong(configured.strip());
            if (value > 0 && value <= Integer.MAX_VALUE - 8) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the warning
        }
        LOG.warning(() -> MAX_BYTES_VARIABLE + "=" + configured + " is not a byte count; using " + DEFAULT_MAX_BYTES);
        return DEFAULT_MAX_BYTES;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The limit as people read it: "10MB". */
    public String maxSizeText() {
        return WorkbookReader.megabytes(maxBytes);
    }

    /** Sets POI's ZIP limits before the first workbook is opened. */
    static void secureZipReading() {
        if (secured) {
            return;
        }
        synchronized (WorkbookLimits.class) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
            ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
            secured = true;
        }
    }
}
