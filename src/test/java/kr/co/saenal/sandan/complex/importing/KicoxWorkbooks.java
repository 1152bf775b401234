package kr.co.saenal.sandan.complex.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kr.co.saenal.sandan.complex.ComplexType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * KICOX's real workbooks (bundled for the demo) and files made from them in tests: another quarter with changed
 * figures, a workbook without a sheet, a password-protected copy, a compression bomb, a renamed CSV. Also reads the
 * 요약 sheet, whose sums the import must equal. Used by unit tests and, added to the deployment, by ITs.
 */
public final class KicoxWorkbooks {

    public static final String STATISTICS = "complex/demo/kicox-statistics-2025q3.xlsx";
    public static final String TREND = "complex/demo/kicox-trend-2026q1.xlsx";
    public static final String TOP_SHEET = "전국산업단지현황(상위단지)";
    public static final String ALL_SHEET = "전국산업단지현황";
    public static final String AGED_SHEET = "부록4)노후산업단지";

    private KicoxWorkbooks() {}

    public static byte[] statistics() {
        return resource(STATISTICS);
    }

    public static byte[] trend() {
        return resource(TREND);
    }

    private static byte[] resource(String name) {
        try (InputStream in = KicoxWorkbooks.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code workbook} changed by {@code change}, written again by POI. */
    public static byte[] derive(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            change.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes another quarter into every title cell above the tables ("2025년 3분기" → "2025년 4분기"). */
    public static void retitle(XSSFWorkbook book, String from, String to) {
        for (Sheet sheet : book) {
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 8); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().contains(from)) {
                        cell.setCellValue(cell.getStringCellValue().replace(from, to));
                    }
                }
            }
        }
    }

    /** The row of a sheet whose column {@code column} reads {@code text} (after trimming spaces of any kind). */
    public static Row row(Sheet sheet, int column, String text) {
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null
                    && formatter
                            .formatCellValue(cell)
                            .replace('\u00A0', ' ')
                            .strip()
                            .equals(text)) {
                return row;
            }
        }
        throw new IllegalArgumentException("No row '" + text + "' in " + sheet.getSheetName());
    }

    /** The row of 상위단지 (or another statistics sheet) of a complex, by 시도 and name. */
    public static Row row(Sheet sheet, String sido, String name) {
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            if (formatter.formatCellValue(row.getCell(1)).strip().equals(sido)
                    && formatter.formatCellValue(row.getCell(3)).strip().equals(name)) {
                return row;
            }
        }
        throw new IllegalArgumentException("No " + sido + " " + name + " in " + sheet.getSheetName());
    }

    /** KICOX's own sums of the statistics workbook (요약), by type; {@code null} keys the total (총합). */
    public record Summary(long complexes, BigDecimal designatedArea, long tenantFirms, long operatingFirms) {}

    public static Map<ComplexType, Summary> summary(byte[] statistics) {
        Map<String, ComplexType> types = Map.of(
                "국가", ComplexType.NATIONAL,
                "일반", ComplexType.GENERAL,
                "도시첨단", ComplexType.URBAN_HIGH_TECH,
                "농공", ComplexType.AGRO_INDUSTRIAL);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(statistics))) {
            Sheet sheet = book.getSheet("요약");
            DataFormatter formatter = new DataFormatter();
            Map<String, long[]> firms = new LinkedHashMap<>();
            Map<String, BigDecimal> areas = new LinkedHashMap<>();
            Map<String, Long> counts = new LinkedHashMap<>();
            boolean secondTable = false;
            for (Row row : sheet) {
                String label = formatter.formatCellValue(row.getCell(0)).strip();
                if (label.startsWith("(2)")) {
                    secondTable = true;
                }
                if (!types.containsKey(label) && !label.equals("총합")) {
                    continue;
                }
                if (!secondTable) {
                    counts.put(label, (long) numeric(row.getCell(1), book));
                    areas.put(label, BigDecimal.valueOf(numeric(row.getCell(2), book)));
                } else {
                    firms.put(label, new long[] {
                        (long) numeric(row.getCell(1), book), (long) numeric(row.getCell(2), book)
                    });
                }
            }
            Map<ComplexType, Summary> summary = new EnumMap<>(ComplexType.class);
            types.forEach((label, type) -> summary.put(
                    type, new Summary(counts.get(label), areas.get(label), firms.get(label)[0], firms.get(label)[1])));
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 요약's total row (총합): complexes, 지정면적, 입주, 가동. */
    public static Summary summaryTotal(byte[] statistics) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(statistics))) {
            Sheet sheet = book.getSheet("요약");
            DataFormatter formatter = new DataFormatter();
            Row first = null;
            Row second = null;
            for (Row row : sheet) {
                if (formatter.formatCellValue(row.getCell(0)).strip().equals("총합")) {
                    if (first == null) {
                        first = row;
                    } else {
                        second = row;
                    }
                }
            }
            return new Summary(
                    (long) numeric(first.getCell(1), book),
                    BigDecimal.valueOf(numeric(first.getCell(2), book)),
                    (long) numeric(second.getCell(1), book),
                    (long) numeric(second.getCell(2), book));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double numeric(Cell cell, XSSFWorkbook book) {
        if (cell.getCellType() == CellType.FORMULA) {
            return book.getCreationHelper()
                    .createFormulaEvaluator()
                    .evaluate(cell)
                    .getNumberValue();
        }
        return cell.getNumericCellValue();
    }

    /** A CSV of complexes saved under an .xlsx name. */
    public static byte[] csv() {
        return ("유형,시도,시군,단지명,조성상태,지정면적\n국가,서울,구로구,한국수출산업,완료,1922\n").getBytes(StandardCharsets.UTF_8);
    }

    /** An Excel 97–2003 workbook (.xls). */
    public static byte[] legacyXls() {
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            book.createSheet(TOP_SHEET).createRow(0).createCell(0).setCellValue("유형");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code workbook} protected with a password, as Excel does it (an OLE2 file holding the encrypted package). */
    public static byte[] encrypted(byte[] workbook, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(workbook);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code workbook} with one sheet's XML padded by {@code megabytes} of spaces after its end: a valid workbook
     * that inflates some thousand times its compressed size, as a compression bomb does.
     */
    public static byte[] zipBomb(byte[] workbook, int megabytes) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.setLevel(9);
                boolean padded = false;
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    if (!padded && entry.getName().startsWith("xl/worksheets/")) {
                        byte[] spaces = new byte[1024 * 1024];
                        java.util.Arrays.fill(spaces, (byte) ' ');
                        for (int i = 0; i < megabytes; i++) {
                            out.write(spaces);
                        }
                        padded = true;
                    }
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP that is no Office file: a text file packed alone. */
    public static byte[] plainZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A workbook with one sheet and nothing of KICOX's. */
    public static byte[] unrelatedWorkbook() {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("매출");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
