package kr.co.saenal.sandan.inquiry.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Inquiries as CSV (RFC 4180) in UTF-8 with a byte order mark, so that Excel shows Korean instead of guessing
 * an encoding. A cell that a spreadsheet would take for a formula (=, +, -, @, tab, carriage return first) is
 * written with a leading apostrophe, so that opening the file cannot run what a visitor typed into the form.
 */
final class InquiryCsv {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private InquiryCsv() {}

    static void write(List<ExportedInquiry> inquiries, OutputStream out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        line(csv, ExportedInquiry.headings());
        for (ExportedInquiry inquiry : inquiries) {
            line(csv, inquiry.cells());
        }
        csv.flush();
    }

    private static void line(Writer csv, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(cell(String.valueOf(cells.get(i))));
        }
        csv.write("\r\n");
    }

    /** One field: neutralised if it looks like a formula, quoted when it holds a comma, a quote or a line break. */
    static String cell(String value) {
        String text = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
