package kr.co.saenal.sandan.complex.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.co.saenal.sandan.complex.ComplexExportRow;
import kr.co.saenal.sandan.complex.DirectoryExport;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.StatisticsField;
import kr.co.saenal.sandan.platform.Texts;

/**
 * The directory as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or
 * a line break, quotes doubled) in UTF-8 with a byte order mark, so that Excel reads the Korean instead of guessing
 * an encoding. One heading row, one row per complex, then the source line as the last row. Figures are plain
 * numbers as KICOX publishes them (no thousands separators, so that a spreadsheet reads them as numbers); a figure
 * KICOX withholds reads 비공개, one it says there is none of 없음, never 0. A text cell a spreadsheet would take for
 * a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe: KICOX's names are trusted,
 * but a file people open in Excel must not be able to run anything.
 */
public final class DirectoryCsv {

    static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private DirectoryCsv() {}

    /**
     * The file in {@code language}.
     *
     * @param origin the site's address ({@code https://sandan.example}) the complexes' page addresses start with
     */
    public static byte[] write(DirectoryExport export, String origin, Locale language) {
        StringBuilder csv = new StringBuilder();
        line(csv, headings(language));
        for (ComplexExportRow row : export.rows()) {
            line(csv, cells(row, origin, language));
        }
        if (export.quarter() != null) {
            line(csv, List.of(text(say(language, "csv.sourceLine", source(export.quarter(), language)))));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(csv.length() * 2 + 3);
        out.writeBytes(BYTE_ORDER_MARK);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** 한국산업단지공단, 전국산업단지현황통계 (2025년 3분기). */
    public static String source(Quarter quarter, Locale language) {
        return say(language, "directorySource.statistics", quarter.label(language));
    }

    /** {@code 산업단지_2025년3분기.csv}, or without a quarter before the first import. */
    public static String fileName(Quarter quarter, Locale language) {
        return quarter == null
                ? say(language, "csv.fileNameUndated")
                : say(language, "csv.fileName", String.valueOf(quarter.year()), quarter.quarter());
    }

    /** The same name in plain ASCII for old clients: {@code complexes-2025Q3.csv}. */
    public static String asciiFileName(Quarter quarter) {
        return quarter == null ? "complexes.csv" : "complexes-" + quarter + ".csv";
    }

    static List<String> headings(Locale language) {
        List<String> headings = new ArrayList<>();
        for (String key : List.of("type", "sido", "sigun", "name", "status")) {
            headings.add(text(say(language, "csv.heading." + key)));
        }
        for (StatisticsField field : StatisticsField.values()) {
            headings.add(text(say(
                    language,
                    "csv.heading.figure",
                    field.label(language),
                    field.unit().label(language))));
        }
        for (String key : List.of("aged", "spansTwoRegions", "page")) {
            headings.add(text(say(language, "csv.heading." + key)));
        }
        return headings;
    }

    private static List<String> cells(ComplexExportRow row, String origin, Locale language) {
        List<String> cells = new ArrayList<>();
        cells.add(text(row.type().label(language)));
        cells.add(text(row.sido().label(language)));
        cells.add(text(row.sigun()));
        cells.add(text(row.name()));
        cells.add(text(row.status() == null ? "" : row.status().label(language)));
        for (StatisticsField field : StatisticsField.values()) {
            cells.add(figure(row.figures().get(field), language));
        }
        cells.add(text(say(language, row.aged() ? "csv.yes" : "csv.no")));
        cells.add(text(say(language, row.spansTwoRegions() ? "csv.yes" : "csv.no")));
        cells.add(text(origin + row.path()));
        return cells;
    }

    /** A number as a spreadsheet reads it ({@code 803666.5}, no grouping), or the mark's word; empty when absent. */
    static String figure(Figure figure, Locale language) {
        if (figure == null) {
            return "";
        }
        if (!figure.hasValue()) {
            return text(figure.mark().label(language));
        }
        return figure.value().stripTrailingZeros().toPlainString();
    }

    /** One text field: neutralised if it looks like a formula, quoted when it must be. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells)).append("\r\n");
    }

    private static String say(Locale language, String key, Object... arguments) {
        return Texts.format(DirectoryCsv.class, language, key, arguments);
    }
}
