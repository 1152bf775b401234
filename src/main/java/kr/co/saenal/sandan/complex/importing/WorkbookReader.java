package kr.co.saenal.sandan.complex.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.WorkbookKind;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xml.sax.SAXException;

/**
 * Reads an uploaded file as one of KICOX's workbooks, or refuses it with the reason ({@link
 * WorkbookRefusedException}). It looks at what the file is, never at its name: the first bytes (an .xlsx is a ZIP; an
 * OLE2 file is an old .xls or a password-protected workbook, whose encrypted package POI recognises; anything else is
 * text such as a renamed CSV, or not a workbook), then the sheets (which say which of the two workbooks it is, and
 * must all be there) and their header cells. Only the sheets it needs are parsed, as streams.
 */
public final class WorkbookReader {

    private final long maxBytes;
    private final Vocabulary words = Vocabulary.KICOX;

    public WorkbookReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ParsedWorkbook read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new WorkbookRefusedException(WorkbookRefusedException.Reason.EMPTY);
        }
        if (content.length > maxBytes) {
            throw new WorkbookRefusedException(
                    WorkbookRefusedException.Reason.TOO_LARGE, megabytes(maxBytes), megabytes(content.length));
        }
        FileMagic magic = FileMagic.valueOf(content);
        if (magic == FileMagic.OLE2) {
            throw oldOrEncrypted(content);
        }
        if (magic != FileMagic.OOXML) {
            // a PDF, a picture, a Word file… is not a workbook; only what POI cannot name may be text (a CSV)
            boolean text = (magic == FileMagic.UNKNOWN || magic == FileMagic.HTML || magic == FileMagic.XML)
                    && looksLikeText(content);
            throw new WorkbookRefusedException(
                    text ? WorkbookRefusedException.Reason.TEXT_FILE : WorkbookRefusedException.Reason.NOT_A_WORKBOOK);
        }
        WorkbookFile file = new WorkbookFile(fileName == null ? "" : fileName, content.length, sha256(content));
        try (XlsxPackage workbook = XlsxPackage.open(content)) {
            List<String> sheetNames = workbook.sheetNames();
            return switch (recognise(sheetNames)) {
                case STATISTICS -> readStatistics(file, workbook, sheetNames);
                case TREND -> readTrend(file, workbook, sheetNames);
            };
        } catch (WorkbookRefusedException e) {
            throw e;
        } catch (SheetHandler.TooLarge e) {
            throw new WorkbookRefusedException(
                    WorkbookRefusedException.Reason.SHEET_TOO_LARGE, e, String.valueOf(SheetHandler.MAX_ROWS));
        } catch (Exception e) {
            // POI reports a bomb as a plain IOException, possibly wrapped: recognise it by its own words
            if (isZipBomb(e)) {
                throw new WorkbookRefusedException(WorkbookRefusedException.Reason.ZIP_BOMB, e);
            }
            if (e instanceof SAXException || e instanceof IOException || e instanceof RuntimeException) {
                throw new WorkbookRefusedException(WorkbookRefusedException.Reason.DAMAGED, e);
            }
            throw new WorkbookRefusedException(WorkbookRefusedException.Reason.NOT_A_WORKBOOK, e);
        }
    }

    /** Which workbook the sheets say this is; a refusal when they say neither (or both). */
    WorkbookKind recognise(List<String> sheetNames) {
        Set<String> present = sheetNames.stream().map(Vocabulary::sheetForm).collect(Collectors.toSet());
        long statistics = statisticsSheets().values().stream()
                .filter(s -> s != null && present.contains(Vocabulary.sheetForm(s)))
                .count();
        long trend = trendSheets().values().stream()
                .filter(s -> present.contains(Vocabulary.sheetForm(s)))
                .count();
        if (statistics > 0 && trend == 0) {
            return WorkbookKind.STATISTICS;
        }
        if (trend > 0 && statistics == 0) {
            return WorkbookKind.TREND;
        }
        throw new WorkbookRefusedException(
                WorkbookRefusedException.Reason.UNKNOWN_KIND,
                words.word("statistics.sheet.top"),
                words.word("trend.sheet.TENANTS"));
    }

    private StatisticsWorkbook readStatistics(WorkbookFile file, XlsxPackage workbook, List<String> sheetNames)
            throws Exception {
        Map<String, String> wanted = statisticsSheets();
        Map<String, String> byRole = assign(sheetNames, wanted, Set.of("spanning"), WorkbookKind.STATISTICS);
        Set<String> names = new HashSet<>(byRole.values());
        Map<String, Sheet> sheets = workbook.read(names::contains);
        return new StatisticsReader()
                .read(
                        file,
                        new StatisticsReader.Sheets(
                                sheets.get(byRole.get("top")),
                                sheets.get(byRole.get("all")),
                                sheets.get(byRole.get("aged")),
                                byRole.containsKey("spanning") ? sheets.get(byRole.get("spanning")) : null));
    }

    private TrendWorkbook readTrend(WorkbookFile file, XlsxPackage workbook, List<String> sheetNames) throws Exception {
        Map<String, String> byRole = assign(sheetNames, trendSheets(), Set.of(), WorkbookKind.TREND);
        Set<String> names = new HashSet<>(byRole.values());
        Map<String, Sheet> sheets = workbook.read(names::contains);
        Map<TrendReader.TrendTable, Sheet> tables = new EnumMap<>(TrendReader.TrendTable.class);
        for (TrendReader.TrendTable table : TrendReader.TrendTable.values()) {
            tables.put(table, sheets.get(byRole.get(table.name())));
        }
        return new TrendReader().read(file, tables);
    }

    /** The workbook's sheet for each role; a refusal naming the first required sheet that is missing. */
    private static Map<String, String> assign(
            List<String> sheetNames, Map<String, String> wanted, Set<String> optional, WorkbookKind kind) {
        Map<String, String> byRole = new HashMap<>();
        List<String> missing = new ArrayList<>();
        wanted.forEach((role, name) -> {
            String found = sheetNames.stream()
                    .filter(s -> Vocabulary.sheetForm(s).equals(Vocabulary.sheetForm(name)))
                    .findFirst()
                    .orElse(null);
            if (found != null) {
                byRole.put(role, found);
            } else if (!optional.contains(role)) {
                missing.add(name);
            }
        });
        if (!missing.isEmpty()) {
            throw new WorkbookRefusedException(
                    WorkbookRefusedException.Reason.MISSING_SHEET, kind, String.join(", ", missing));
        }
        return byRole;
    }

    /** The statistics workbook's sheets by role, in the order refusals name them. */
    private Map<String, String> statisticsSheets() {
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("top", words.word("statistics.sheet.top"));
        sheets.put("all", words.word("statistics.sheet.all"));
        sheets.put("aged", words.word("statistics.sheet.aged"));
        sheets.put("spanning", words.word("statistics.sheet.spanning"));
        return sheets;
    }

    private Map<String, String> trendSheets() {
        Map<String, String> sheets = new LinkedHashMap<>();
        for (TrendReader.TrendTable table : TrendReader.TrendTable.values()) {
            sheets.put(table.name(), words.word("trend.sheet." + table.name()));
        }
        return sheets;
    }

    /** The one period the sheets' titles agree on; a refusal when they name none or several. */
    static Quarter onePeriod(Map<String, Quarter> bySheet) {
        Set<Quarter> distinct = new LinkedHashSet<>(bySheet.values());
        if (distinct.isEmpty()) {
            throw new WorkbookRefusedException(WorkbookRefusedException.Reason.NO_PERIOD);
        }
        if (distinct.size() > 1) {
            String list = bySheet.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue().label())
                    .collect(Collectors.joining(", "));
            throw new WorkbookRefusedException(WorkbookRefusedException.Reason.PERIODS_DISAGREE, list);
        }
        return distinct.iterator().next();
    }

    /** An OLE2 file: a password-protected OOXML workbook (an encrypted package inside) or an old .xls. */
    private static WorkbookRefusedException oldOrEncrypted(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                return new WorkbookRefusedException(WorkbookRefusedException.Reason.ENCRYPTED);
            }
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return new WorkbookRefusedException(WorkbookRefusedException.Reason.LEGACY_FORMAT);
            }
            return new WorkbookRefusedException(WorkbookRefusedException.Reason.NOT_A_WORKBOOK);
        } catch (IOException | RuntimeException e) {
            return new WorkbookRefusedException(WorkbookRefusedException.Reason.NOT_A_WORKBOOK, e);
        }
    }

    /** Whether the file is text (a CSV, a TSV, an HTML table saved as .xlsx): no control bytes in its start. */
    static boolean looksLikeText(byte[] content) {
        int length = Math.min(content.length, 8192);
        int start = 0;
        if (length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (length >= 2
                && (((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)
                        || ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF))) {
            return true; // UTF-16 with its byte order mark
        }
        int control = 0;
        for (int i = start; i < length; i++) {
            int b = content[i] & 0xFF;
            if (b == 0 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C)) {
                control++;
            }
        }
        return length > start && control == 0;
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null
                    && (message.contains("Zip bomb detected") || message.contains("potentially malicious"))) {
                return true;
            }
        }
        return false;
    }

    static String sha256(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A size as people read it: "10MB", "0.7MB" (binary megabytes, one decimal at most). */
    static String megabytes(long bytes) {
        String text = String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024));
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "MB";
    }
}
