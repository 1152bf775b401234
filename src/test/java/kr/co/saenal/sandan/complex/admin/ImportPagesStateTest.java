package kr.co.saenal.sandan.complex.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.complex.ComplexKey;
import kr.co.saenal.sandan.complex.ComplexType;
import kr.co.saenal.sandan.complex.DevelopmentStatus;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.ImportRecord;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.Sido;
import kr.co.saenal.sandan.complex.WorkbookKind;
import kr.co.saenal.sandan.complex.importing.ComplexChoice;
import kr.co.saenal.sandan.complex.importing.FieldChange;
import kr.co.saenal.sandan.complex.importing.ImportPreview;
import kr.co.saenal.sandan.complex.importing.PreviewRow;
import kr.co.saenal.sandan.complex.importing.RowProblem;
import kr.co.saenal.sandan.complex.importing.WorkbookFile;
import org.junit.jupiter.api.Test;

/**
 * What the import pages keep between requests survives serialization (sessions are {@code <distributable/>}); the
 * session keeps one uploaded file; names, values and searches read as editors expect.
 */
class ImportPagesStateTest {

    private static final ComplexKey NEW_ROW = new ComplexKey(ComplexType.GENERAL, Sido.SEOUL, "강서구", "마곡산업단지", false);

    @Test
    void theSessionKeepsOneUploadedFileAndItTravelsWithTheSession() throws Exception {
        HeldWorkbook held = new HeldWorkbook();
        String first = held.hold("1.xlsx", new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, held.get(first).orElseThrow().content());
        String second = held.hold("2.xlsx", new byte[] {4});
        assertTrue(held.get(first).isEmpty(), "a newer upload takes the older one's place");
        held.release(first);
        assertEquals("2.xlsx", held.get(second).orElseThrow().fileName(), "an old ticket releases nothing");

        HeldWorkbook moved = roundTrip(held);
        assertArrayEquals(new byte[] {4}, moved.get(second).orElseThrow().content());
        moved.release(second);
        assertTrue(moved.get(second).isEmpty());
        assertTrue(held.get(null).isEmpty());
    }

    @Test
    void thePageWithItsDryRunAndMatchesSurvivesSerialization() throws Exception {
        ComplexImportPage page = new ComplexImportPage();
        set(page, "ticket", "ticket-1");
        set(page, "preview", preview());
        field(page, "matches", Map.class).put(NEW_ROW, 7L);
        field(page, "picks", Map.class).put(NEW_ROW.toString(), 8L);
        set(
                page,
                "history",
                List.of(new ImportRecord(
                        1,
                        WorkbookKind.STATISTICS,
                        new Quarter(2025, 3),
                        "통계.xlsx",
                        "0".repeat(64),
                        761_368,
                        1_435,
                        "demo",
                        Instant.parse("2026-01-02T03:04:05Z"),
                        true,
                        null)));

        ComplexImportPage moved = roundTrip(page);
        assertEquals(preview(), moved.getPreview());
        assertEquals(Map.of(NEW_ROW, 7L), field(moved, "matches", Map.class));
        assertEquals(8L, moved.getPicks().get(NEW_ROW.toString()));
        assertEquals("ticket-1", field(moved, "ticket", String.class));
    }

    @Test
    void fileNamesLoseFoldersAndStayShort() {
        assertEquals("통계.xlsx", ComplexImportPage.fileName("C:\\Users\\편집자\\받은 파일\\통계.xlsx"));
        assertEquals("통계 2025.xlsx", ComplexImportPage.fileName("/tmp/ 통계\u00A0 2025.xlsx "));
        assertEquals("workbook.xlsx", ComplexImportPage.fileName("folder/"));
        String longName = "가".repeat(300) + ".xlsx";
        String kept = ComplexImportPage.fileName(longName);
        assertEquals(200, kept.length());
        assertTrue(kept.endsWith(".xlsx"), "its end is kept");
    }

    @Test
    void valuesReadAsEditorsWriteThem() {
        assertEquals("1,234.5", Values.decimal(new BigDecimal("1234.500")));
        assertEquals("8,100", Values.decimal(new BigDecimal("8100")));
        assertEquals("0.0005", Values.decimal(new BigDecimal("0.000500")));
        assertEquals(
                "1,234.5천㎡",
                Values.text(WorkbookKind.STATISTICS, "DESIGNATED_AREA", Figure.of(new BigDecimal("1234.5"))));
        assertEquals("96.5%", Values.text(WorkbookKind.STATISTICS, "SALE_RATE", Figure.of(new BigDecimal("96.50"))));
        assertEquals("비공개", Values.text(WorkbookKind.TREND, "PRODUCTION", Figure.suppressed()));
        assertEquals("없음", Values.text(WorkbookKind.STATISTICS, "TENANT_FIRMS", Figure.none()));
        assertEquals("12억원", Values.text(WorkbookKind.TREND, "PRODUCTION", Figure.of(12)));
        assertEquals("완료", Values.text(WorkbookKind.STATISTICS, "STATUS", DevelopmentStatus.COMPLETED));
        assertEquals("예", Values.text(WorkbookKind.STATISTICS, "AGED", true));
        assertEquals("없음", Values.text(WorkbookKind.STATISTICS, "BUNDLE", null));
        assertEquals("마곡", Values.text(WorkbookKind.STATISTICS, "NAME", "마곡"));
        assertEquals("744KB", Values.size(761_368));
        assertEquals("1.5MB", Values.size(1_572_864));
        assertEquals("10MB", Values.size(10L * 1024 * 1024));
    }

    @Test
    void aComplexIsFoundByEveryWordOfItsNamePlaceOrType() {
        ComplexChoice jeonggwan =
                new ComplexChoice(1, "정관", ComplexType.AGRO_INDUSTRIAL, Sido.BUSAN, "기장군", false, "정관");
        assertTrue(jeonggwan.matches("정관"));
        assertTrue(jeonggwan.matches("정관 농공"));
        assertTrue(jeonggwan.matches("기장 부산"));
        assertTrue(jeonggwan.matches("Busan"));
        assertFalse(jeonggwan.matches("정관 일반"), "the other 정관");
        assertFalse(jeonggwan.matches("  "));
        ComplexChoice myeongji = new ComplexChoice(2, "명지·녹산", ComplexType.NATIONAL, Sido.BUSAN, "강서구", false, "명지-녹산");
        assertTrue(myeongji.matches("명지ㆍ녹산"), "middle dots as KICOX writes them");
    }

    private static ImportPreview preview() {
        PreviewRow added = new PreviewRow(NEW_ROW, "마곡산업단지", "강서구", null, 9, null, List.of());
        PreviewRow changed = new PreviewRow(
                new ComplexKey(ComplexType.NATIONAL, Sido.INCHEON, "남동구", "남동[재생사업지구]", false),
                "남동[재생사업지구]",
                "남동구",
                null,
                74,
                3L,
                List.of(
                        new FieldChange("TENANT_FIRMS", Figure.of(8080), Figure.of(8100)),
                        new FieldChange("STATUS", DevelopmentStatus.UNDER_CONSTRUCTION, DevelopmentStatus.COMPLETED),
                        new FieldChange("AGED", false, true)));
        PreviewRow missing = new PreviewRow(
                new ComplexKey(ComplexType.GENERAL, Sido.SEOUL, "강서구", "마곡", false),
                "마곡",
                "강서구",
                null,
                0,
                7L,
                List.of());
        RowProblem problem =
                new RowProblem("전국산업단지현황(상위단지)", 17, "M", "입주업체", "많음", RowProblem.Reason.NOT_A_NUMBER, List.of());
        return new ImportPreview(
                WorkbookKind.STATISTICS,
                new WorkbookFile("통계.xlsx", 761_368, "0".repeat(64)),
                new Quarter(2025, 4),
                null,
                false,
                new Quarter(2025, 3),
                1_435,
                List.of(added),
                List.of(changed),
                List.of(missing),
                1_431,
                List.of(problem),
                List.of(),
                5L);
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private static <T> T field(Object target, String name, Class<T> type) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return type.cast(field.get(target));
    }
}
