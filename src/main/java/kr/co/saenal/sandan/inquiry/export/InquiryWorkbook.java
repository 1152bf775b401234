package kr.co.saenal.sandan.inquiry.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kr.co.saenal.sandan.platform.Texts;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Inquiries as an Excel workbook (XLSX): one sheet, bold headings that stay in view, every value a text cell
 * (never a formula) except the inquiry number. Streamed, so that ten thousand rows do not sit in memory at once.
 */
final class InquiryWorkbook {

    /** Column widths in characters, in the order of {@link ExportedInquiry#headings()}. */
    private static final int[] WIDTHS = {10, 22, 10, 20, 16, 28, 20, 20, 60, 30, 10, 12, 10};

    private static final int ROWS_IN_MEMORY = 200;

    private InquiryWorkbook() {}

    static void write(List<ExportedInquiry> inquiries, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Sheet sheet = workbook.createSheet(Texts.say(InquiryWorkbook.class, "export.sheet"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            Row headings = sheet.createRow(0);
            List<String> titles = ExportedInquiry.headings();
            for (int c = 0; c < titles.size(); c++) {
                headings.createCell(c).setCellValue(titles.get(c));
                headings.getCell(c).setCellStyle(heading);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (ExportedInquiry inquiry : inquiries) {
                Row row = sheet.createRow(r++);
                List<Object> cells = inquiry.cells();
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) instanceof Long number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) cells.get(c));
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
