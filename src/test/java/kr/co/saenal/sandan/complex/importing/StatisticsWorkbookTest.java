package kr.co.saenal.sandan.complex.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.complex.ComplexKey;
import kr.co.saenal.sandan.complex.ComplexType;
import kr.co.saenal.sandan.complex.DevelopmentStatus;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.Sido;
import kr.co.saenal.sandan.complex.StatisticsField;
import kr.co.saenal.sandan.complex.WorkbookKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real 2025 Q3 statistics workbook, read as KICOX published it. */
class StatisticsWorkbookTest {

    private static byte[] file;
    private static StatisticsWorkbook workbook;

    @BeforeAll
    static void read() {
        file = KicoxWorkbooks.statistics();
        workbook = (StatisticsWorkbook)
                new WorkbookReader(WorkbookLimits.DEFAULT_MAX_BYTES).read("한국산업단지공단_전국산업단지현황통계_20250930.xlsx", file);
    }

    @Test
    void isRecognisedByItsSheetsWithItsQuarterFromTheTitles() {
        assertEquals(WorkbookKind.STATISTICS, workbook.kind());
        assertEquals(new Quarter(2025, 3), workbook.quarter());
        assertEquals(761_368, workbook.file().size());
        assertEquals(
                "40da69c55781ddf37a1b833a6b4cc2aa2c69d0e994f2da6312709db483d1cbdb",
                workbook.file().sha256());
        // the name is kept for the record but never used to recognise it
        assertEquals(
                WorkbookKind.STATISTICS,
                new WorkbookReader(WorkbookLimits.DEFAULT_MAX_BYTES)
                        .read("trend.xlsx", file)
                        .kind());
    }

    @Test
    void readsEveryRowOfTheTopSheetByType() {
        List<StatisticsRow> tops = workbook.topRows();
        assertEquals(1_353, tops.size());
        Map<ComplexType, Long> byType =
                tops.stream().collect(Collectors.groupingBy(r -> r.key().type(), Collectors.counting()));
        assertEquals(
                Map.of(
                        ComplexType.NATIONAL, 59L,
                        ComplexType.GENERAL, 757L,
                        ComplexType.URBAN_HIGH_TECH, 51L,
                        ComplexType.AGRO_INDUSTRIAL, 486L),
                byType);
        assertTrue(workbook.skippedRows().isEmpty(), () -> workbook.problems().toString());
    }

    @Test
    void countsAsKicoxDoesWithTheFourComplexesInTwoSidoOnce() {
        List<StatisticsRow> spanning = workbook.topRows().stream()
                .filter(StatisticsRow::spansTwoRegions)
                .toList();
        assertEquals(8, spanning.size(), "four complexes, one row in each of their two 시도");
        Set<String> names = spanning.stream().map(r -> r.key().name()).collect(Collectors.toSet());
        assertEquals(Set.of("한국수출산업", "명지·녹산", "빛그린", "아산국가"), names);
        long kicoxCount = workbook.topRows().size() - spanning.size() + names.size();
        assertEquals(1_349, kicoxCount);
        assertEquals(KicoxWorkbooks.summaryTotal(file).complexes(), kicoxCount, "요약's 총합 단지수");
        Map<ComplexType, KicoxWorkbooks.Summary> summary = KicoxWorkbooks.summary(file);
        assertEquals(55, summary.get(ComplexType.NATIONAL).complexes(), "59 national rows, 4 of them twice");
    }

    @Test
    void sumsByTypeEqualTheSummarySheet() {
        Map<ComplexType, KicoxWorkbooks.Summary> summary = KicoxWorkbooks.summary(file);
        Map<ComplexType, BigDecimal[]> sums = new EnumMap<>(ComplexType.class);
        for (StatisticsRow row : workbook.topRows()) {
            BigDecimal[] s = sums.computeIfAbsent(
                    row.key().type(), t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(value(row.figures().designatedArea()));
            s[1] = s[1].add(value(row.figures().tenantFirms()));
            s[2] = s[2].add(value(row.figures().operatingFirms()));
        }
        for (ComplexType type : ComplexType.values()) {
            KicoxWorkbooks.Summary kicox = summary.get(type);
            assertEquals(0, kicox.designatedArea().compareTo(sums.get(type)[0]), type + " 지정면적");
            assertEquals(kicox.tenantFirms(), sums.get(type)[1].longValueExact(), type + " 입주업체");
            assertEquals(kicox.operatingFirms(), sums.get(type)[2].longValueExact(), type + " 가동업체");
        }
        KicoxWorkbooks.Summary national = summary.get(ComplexType.NATIONAL);
        assertEquals(0, new BigDecimal("803666").compareTo(national.designatedArea()));
        assertEquals(67_615, national.tenantFirms());
        assertEquals(62_563, national.operatingFirms());
        KicoxWorkbooks.Summary total = KicoxWorkbooks.summaryTotal(file);
        assertEquals(129_922, total.tenantFirms());
        assertEquals(120_276, total.operatingFirms());
        assertEquals(
                total.tenantFirms(),
                workbook.topRows().stream()
                        .mapToLong(r -> r.figures().tenantFirms().value().longValueExact())
                        .sum());
    }

    @Test
    void keepsTheFiguresExactlyAsWritten() {
        StatisticsRow magok = top(Sido.SEOUL, "마곡");
        assertEquals(DevelopmentStatus.UNDER_CONSTRUCTION, magok.status());
        assertEquals("강서구", magok.sigun());
        assertEquals(Figure.of(new BigDecimal("82.72")), magok.figures().saleRate());
        assertEquals(Figure.of(1124), magok.figures().designatedArea());
        assertEquals(Figure.of(126), magok.figures().get(StatisticsField.UNSOLD_AREA));
        StatisticsRow namdong = top(Sido.INCHEON, "남동[재생사업지구]");
        assertEquals(ComplexType.NATIONAL, namdong.key().type());
        assertEquals(Figure.of(8080), namdong.figures().tenantFirms());
        assertEquals(Figure.of(7788), namdong.figures().operatingFirms());
    }

    @Test
    void readsTheMembersOfBundlesUnderTheirBundle() {
        List<StatisticsRow> members = workbook.memberRows();
        assertEquals(82, members.size());
        assertEquals(1_435, workbook.rowCount(), "1,353 complexes and 82 members: every row of 전국산업단지현황");
        StatisticsRow digital = members.stream()
                .filter(r -> r.name().equals("서울디지털"))
                .findFirst()
                .orElseThrow();
        assertEquals(new ComplexKey(ComplexType.NATIONAL, Sido.SEOUL, "구로구", "한국수출산업", false), digital.parent());
        assertTrue(digital.key().member());
        // a member in another 시군 than its bundle, and the markers ① (② + ③) ▷ gone
        StatisticsRow sihwa = member("시화");
        assertEquals("시흥시", sihwa.sigun());
        assertEquals("반월특수지역", sihwa.parent().name());
        StatisticsRow gumi4 = member("구미국가(4단지)");
        assertEquals("구미국가(2-4단지)", gumi4.parent().name());
        StatisticsRow foreign = member("구미4(구미외국인)");
        assertEquals(gumi4.key(), foreign.parent(), "a member of a member: indented twice");
        // a bundle whose first member carries its own name
        StatisticsRow munmak = member("문막반계");
        assertEquals(new ComplexKey(ComplexType.GENERAL, Sido.GANGWON, "원주시", "문막반계", false), munmak.parent());
        assertFalse(members.stream().anyMatch(r -> r.name().matches(".*[①-⑳▷].*")));
    }

    @Test
    void marksTheAgedComplexesOfAppendixFour() {
        List<StatisticsRow> aged =
                workbook.topRows().stream().filter(StatisticsRow::aged).toList();
        assertEquals(515, aged.size(), "every row of 부록4 (row 10 to 524)");
        assertTrue(top(Sido.INCHEON, "남동[재생사업지구]").aged());
        assertFalse(top(Sido.SEOUL, "마곡").aged());
        // 부록4 writes 서산오토밸리일반산업단지[구:서산]: found by its place and its very figures
        assertTrue(top(Sido.CHUNGNAM, "서산오토밸리(구 서산)").aged());
        assertTrue(workbook.problems().isEmpty(), () -> workbook.problems().toString());
    }

    @Test
    void everyDefaultShortNameMeansAComplexOfTheWorkbook() {
        Set<ComplexKey> keys = workbook.rows().stream().map(StatisticsRow::key).collect(Collectors.toSet());
        assertEquals(40, ShortNameDefaults.KICOX.size());
        ShortNameDefaults.KICOX.forEach((name, key) -> assertTrue(keys.contains(key), name + " → " + key));
    }

    private static StatisticsRow top(Sido sido, String name) {
        return workbook.topRows().stream()
                .filter(r -> r.key().sido() == sido && r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(sido + " " + name));
    }

    private static StatisticsRow member(String name) {
        return workbook.memberRows().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name));
    }

    private static BigDecimal value(Figure figure) {
        return figure.hasValue() ? figure.value() : BigDecimal.ZERO;
    }
}
