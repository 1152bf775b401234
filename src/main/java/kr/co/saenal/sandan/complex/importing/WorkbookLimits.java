package kr.co.saenal.sandan.complex.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import kr.co.saenal.sandan.platform.config.ValidatedSettings;
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
public class WorkbookLimits implements ValidatedSettings {

    /** The setting {@code SANDAN_WORKBOOK_MAX_BYTES}: the upload limit in bytes. */
    public static final String MAX_BYTES_PROPERTY = "sandan.workbook.max-bytes";
    /** 10 MiB: more than ten times KICOX's largest workbook, within the back office's upload limit. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** A part inflating more than 100 times its compressed size is a bomb (POI's default, set on purpose). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a real workbook comes near 50 MB inflated. */
    static final long MAX_ENTRY_SIZE = 50L * 1024 * 1024;
    /** KICOX's workbooks have about 50 parts. */
    static final long MAX_FILE_COUNT = 1000;

    private static volatile boolean secured;

    private final long maxBytes;
    private final List<String> problems;

    public WorkbookLimits() {
        this(SettingsReader.fromConfig());
    }

    WorkbookLimits(SettingsReader read) {
        this.maxBytes =
                read.number(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES, 1, Integer.MAX_VALUE - 8, "a number of bytes");
        this.problems = read.problems();
    }

    @Override
    public List<String> problems() {
        return problems;
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
