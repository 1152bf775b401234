package kr.co.saenal.sandan.complex.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.complex.AreaSummary;
import kr.co.saenal.sandan.complex.ComplexDetail;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexKey;
import kr.co.saenal.sandan.complex.ComplexListPage;
import kr.co.saenal.sandan.complex.ComplexListQuery;
import kr.co.saenal.sandan.complex.ComplexListRow;
import kr.co.saenal.sandan.complex.ComplexSort;
import kr.co.saenal.sandan.complex.ComplexType;
import kr.co.saenal.sandan.complex.DevelopmentStatus;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.ImportRecord;
import kr.co.saenal.sandan.complex.ImportRepository;
import kr.co.saenal.sandan.complex.IndustrialComplex;
import kr.co.saenal.sandan.complex.NationalSummary;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.QuarterFigures;
import kr.co.saenal.sandan.complex.RegionSummary;
import kr.co.saenal.sandan.complex.ShortNameRow;
import kr.co.saenal.sandan.complex.Sido;
import kr.co.saenal.sandan.complex.StoredStatistics;
import kr.co.saenal.sandan.complex.TrendFigures;
import kr.co.saenal.sandan.complex.TrendQuarter;
import kr.co.saenal.sandan.complex.WorkbookKind;
import kr.co.saenal.sandan.complex.demo.DirectoryDemoLoader;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.StatementTally;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import against the real database, on the directory the deployment's demo filled from KICOX's bundled
 * workbooks (2025 Q3 statistics, 2026 Q1 trends): its figures equal KICOX's own sums; a second quarter derived from
 * the real file is compared, applied, kept as history and undone to the very same state; bad files change nothing.
 * Every test leaves the directory as it found it.
 */
@ExtendWith(ArquillianExtension.class)
class ComplexImportIT {

    private static final String EDITOR = "editor-it";
    private static final Quarter DEMO_QUARTER = new Quarter(2025, 3);

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    ComplexImport imports;

    @Inject
    ComplexDirectory directory;

    @Inject
    ImportRepository repository;

    @Inject
    DirectoryDemoLoader demo;

    @Test
    void theDemoImportedBothBundledWorkbooksOnce() {
        assertFalse(demo.loadIfEmpty(), "the directory has imports already");
        List<ImportRecord> history = imports.history();
        ImportRecord statistics = history.stream()
                .filter(i -> i.kind() == WorkbookKind.STATISTICS && i.quarter().equals(DEMO_QUARTER))
                .filter(i -> i.importedBy().equals(DirectoryDemoLoader.IMPORTER))
                .findFirst()
                .orElseThrow();
        assertEquals("한국산업단지공단_전국산업단지현황통계_20250930.xlsx", statistics.fileName());
        assertEquals("40da69c55781ddf37a1b833a6b4cc2aa2c69d0e994f2da6312709db483d1cbdb", statistics.sha256());
        assertEquals(761_368, statistics.byteSize());
        assertEquals(1_435, statistics.rowCount());
        assertTrue(statistics.current());
        ImportRecord trend = history.stream()
                .filter(i -> i.kind() == WorkbookKind.TREND)
                .findFirst()
                .orElseThrow();
        assertEquals(new Quarter(2026, 1), trend.quarter());
        assertEquals("한국산업단지공단_국가산업단지 산업동향정보_20260331.xlsx", trend.fileName());
        assertEquals(40, trend.rowCount());
    }

    @Test
    void theNationalSummaryEqualsKicoxsSummarySheet() {
        byte[] file = KicoxWorkbooks.statistics();
        Map<ComplexType, KicoxWorkbooks.Summary> kicox = KicoxWorkbooks.summary(file);
        NationalSummary summary = directory.nationalSummary().orElseThrow();
        assertEquals(DEMO_QUARTER, summary.quarter());
        assertEquals(1_353, summary.total().entries(), "rows of 상위단지");
        assertEquals(1_349, summary.total().complexes(), "KICOX's count: four complexes in two 시도 once");
        assertEquals(4, summary.spanning());
        assertEquals(
                KicoxWorkbooks.summaryTotal(file).complexes(), summary.total().complexes());
        for (ComplexType type : ComplexType.values()) {
            AreaSummary ours = summary.of(type);
            KicoxWorkbooks.Summary theirs = kicox.get(type);
            assertEquals(theirs.complexes(), ours.complexes(), type + " 단지수");
            assertEquals(0, theirs.designatedArea().compareTo(ours.designatedArea()), type + " 지정면적");
            assertEquals(theirs.tenantFirms(), ours.tenantFirms().longValueExact(), type + " 입주업체");
            assertEquals(theirs.operatingFirms(), ours.operatingFirms().longValueExact(), type + " 가동업체");
        }
        AreaSummary national = summary.of(ComplexType.NATIONAL);
        assertEquals(59, national.entries());
        assertEquals(0, new BigDecimal("803666").compareTo(national.designatedArea()));
        assertEquals(67_615, national.tenantFirms().longValueExact());
        assertEquals(62_563, national.operatingFirms().longValueExact());
        assertEquals(new BigDecimal("97.07"), national.saleRate(), "요약's 분양률");
        assertEquals(129_922, summary.total().tenantFirms().longValueExact());
        assertEquals(120_276, summary.total().operatingFirms().longValueExact());
        assertEquals(0, new BigDecimal("1485658").compareTo(summary.total().designatedArea()));
    }

    @Test
    void regionsEqualKicoxsSidoSheet() throws Exception {
        Map<String, long[]> kicox = new java.util.HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(KicoxWorkbooks.statistics()))) {
            for (Row row : book.getSheet("시도별")) {
                if (row.getCell(0) != null && row.getCell(0).toString().endsWith("소계")) {
                    kicox.put(row.getCell(0).toString().replace("소계", ""), new long[] {
                        (long) row.getCell(1).getNumericCellValue(),
                        (long) row.getCell(2).getNumericCellValue(),
                        (long) row.getCell(9).getNumericCellValue()
                    });
                }
            }
        }
        List<RegionSummary> regions = directory.regions();
        assertEquals(17, regions.size());
        long entries = 0;
        for (RegionSummary region : regions) {
            long[] theirs = kicox.get(region.sido().label(Locale.KOREAN));
            assertNotNull(theirs, region.sido().name());
            assertEquals(theirs[0], region.total().entries(), region.sido() + " 단지수");
            assertEquals(theirs[1], region.total().designatedArea().longValueExact(), region.sido() + " 지정면적");
            assertEquals(theirs[2], region.total().tenantFirms().longValueExact(), region.sido() + " 입주업체");
            entries += region.total().entries();
        }
        assertEquals(1_353, entries, "시도별: the 시도's counts add up to 1,353");
        RegionSummary seoul = directory.region(Sido.SEOUL).orElseThrow();
        assertEquals(4, seoul.total().entries());
        assertEquals(1, seoul.of(ComplexType.NATIONAL).entries());
    }

    @Test
    void theListFiltersSortsAndPagesInThreeStatements() {
        assertEquals(1_353, directory.list(ComplexListQuery.all(20)).total());
        assertEquals(
                59,
                directory
                        .list(query(null, ComplexType.NATIONAL, null, null, null))
                        .total());
        assertEquals(515, directory.list(query(null, null, null, true, null)).total());
        ComplexListPage seoul = directory.list(query(Sido.SEOUL, null, null, null, null));
        assertEquals(
                List.of("강동", "마곡", "서울온수", "한국수출산업"),
                seoul.rows().stream().map(ComplexListRow::name).toList());
        ComplexListRow korea = seoul.rows().get(3);
        assertEquals(1, korea.members(), "한국수출산업 (서울): 서울디지털");
        assertTrue(korea.spansTwoRegions());
        assertTrue(korea.path().startsWith("/complexes/" + korea.id() + "/"));
        Set<String> namdong = directory.list(query(null, null, null, null, "남동")).rows().stream()
                .map(r -> r.name() + " " + r.sigun())
                .collect(Collectors.toSet());
        assertTrue(namdong.contains("남동[재생사업지구] 남동구"), namdong::toString);
        assertTrue(namdong.stream().filter(n -> n.endsWith("남동구")).count() > 1, "남동구's other complexes");
        ComplexListPage largest = directory.list(new ComplexListQuery(
                null, null, null, null, null, null, null, ComplexSort.DESIGNATED_AREA, null, 1, 3));
        assertEquals("반월특수지역", largest.rows().get(0).name(), "150,766 천㎡");
        ComplexListPage undeveloped = directory.list(new ComplexListQuery(
                null,
                null,
                DevelopmentStatus.UNDEVELOPED,
                null,
                BigDecimal.ZERO,
                new BigDecimal("50"),
                null,
                ComplexSort.SALE_RATE,
                true,
                2,
                10));
        assertEquals(2, undeveloped.paging().page());
        assertTrue(undeveloped.total() > 100);
        assertTrue(undeveloped.rows().stream().allMatch(r -> r.status() == DevelopmentStatus.UNDEVELOPED));
        ComplexListPage farAway = directory.list(ComplexListQuery.all(20).withPage(1000));
        assertTrue(farAway.rows().isEmpty());

        StatementTally tally =
                StatementTally.during(() -> directory.list(query(null, ComplexType.GENERAL, null, null, null)));
        assertEquals(4, tally.statementCount(), "latest, count, page, its members: " + tally);
        tally = StatementTally.during(() -> directory.nationalSummary());
        assertEquals(3, tally.statementCount(), tally::toString);
    }

    @Test
    void aComplexShowsItsQuartersItsBundleAndItsTrendFiguresInFourStatements() {
        long namdongId = id(Sido.INCHEON, "남동[재생사업지구]");
        StatementTally tally = StatementTally.during(() -> directory.complex(namdongId));
        assertEquals(4, tally.statementCount(), tally::toString);
        ComplexDetail namdong = directory.complex(namdongId).orElseThrow();
        assertEquals(ComplexType.NATIONAL, namdong.type());
        assertEquals("남동-재생사업지구", namdong.slug());
        assertEquals(Figure.of(8080), namdong.latest().figures().tenantFirms());
        assertTrue(namdong.latest().aged());
        TrendQuarter trend = namdong.trend().get(0);
        assertEquals(new Quarter(2026, 1), trend.quarter());
        assertEquals("남동", trend.shortName());
        assertEquals(Figure.of(8091), trend.figures().tenantFirms());
        assertEquals(Figure.of(94056), trend.figures().employment());

        ComplexDetail yongin =
                directory.complex(id(Sido.GYEONGGI, "용인첨단시스템반도체클러스터국가산업단지")).orElseThrow();
        TrendFigures suppressed = yongin.trend().get(0).figures();
        assertTrue(suppressed.production().isSuppressed(), "X stays 비공개");
        assertEquals("비공개", suppressed.production().mark().label(Locale.KOREAN));
        assertEquals(Figure.of(0), suppressed.tenantFirms());

        ComplexDetail banwol = directory.complex(id(Sido.GYEONGGI, "반월특수지역")).orElseThrow();
        assertEquals(
                List.of("시화", "시화MTV", "반월특수(안산신도시)[재생사업지구]", "송산그린시티"),
                banwol.members().stream().map(ComplexListRow::name).toList());
        assertTrue(banwol.trend().isEmpty(), "KICOX surveys its members");
        ComplexDetail sihwa = directory.complex(banwol.members().get(0).id()).orElseThrow();
        assertEquals(banwol.id(), sihwa.bundle().id());
        assertEquals("시화", sihwa.trend().get(0).shortName());

        List<ShortNameRow> shortNames = imports.shortNames();
        assertEquals(40, shortNames.size());
        assertTrue(shortNames.stream().allMatch(ShortNameRow::prefilled));
        assertTrue(shortNames.stream().allMatch(s -> s.type() == ComplexType.NATIONAL));
    }

    @Test
    void aSecondQuarterIsComparedAppliedKeptAsHistoryAndUndoneExactly() {
        Snapshot before = snapshot();
        byte[] fourth = KicoxWorkbooks.derive(KicoxWorkbooks.statistics(), book -> {
            KicoxWorkbooks.retitle(book, "2025년 3분기", "2025년 4분기");
            Sheet top = book.getSheet(KicoxWorkbooks.TOP_SHEET);
            KicoxWorkbooks.row(top, "인천", "남동[재생사업지구]").getCell(12).setCellValue(8100);
            KicoxWorkbooks.row(top, "경기", "반월특수지역").getCell(11).setCellValue(" 96.5 ");
            KicoxWorkbooks.row(top, "서울", "마곡").getCell(4).setCellValue("완료");
            Row gangdong = KicoxWorkbooks.row(top, "서울", "강동");
            top.removeRow(gangdong);
            Row added = top.createRow(top.getLastRowNum() + 1);
            String[] text = {"일반", "제주", "제주시", "제주신규첨단 ", "미개발"};
            for (int c = 0; c < text.length; c++) {
                added.createCell(c).setCellValue(text[c]);
            }
            double[] figures = {120, 118, 70, 0, 0, 0, 0};
            for (int c = 0; c < figures.length; c++) {
                added.createCell(5 + c).setCellValue(figures[c]);
            }
            added.createCell(12).setCellValue("X");
            added.createCell(13).setCellValue("-");
        });

        ImportPreview preview = imports.preview("2025-4분기.xlsx", fourth);
        assertEquals(new Quarter(2025, 4), preview.quarter());
        assertEquals(DEMO_QUARTER, preview.baseline().quarter());
        assertFalse(preview.replacesQuarter());
        assertFalse(preview.olderThanLatest());
        assertEquals(List.of("제주신규첨단"), names(preview.added()));
        assertNull(preview.added().get(0).complexId(), "a complex never seen before");
        assertEquals(List.of("강동"), names(preview.missing()));
        assertEquals(Set.of("마곡", "남동[재생사업지구]", "반월특수지역"), Set.copyOf(names(preview.changed())));
        assertEquals(List.of("STATUS"), fields(preview, "마곡"));
        assertEquals(List.of("TENANT_FIRMS"), fields(preview, "남동[재생사업지구]"));
        assertEquals(List.of("SALE_RATE"), fields(preview, "반월특수지역"));
        FieldChange rate = change(preview, "반월특수지역");
        Figure published = directory
                .complex(id(Sido.GYEONGGI, "반월특수지역"))
                .orElseThrow()
                .latest()
                .figures()
                .saleRate();
        assertEquals(published, rate.before());
        assertEquals(Figure.of(new BigDecimal("96.5")), rate.after());
        assertEquals(1_435 - 1 - 3, preview.unchanged());
        assertTrue(preview.skippedRows().isEmpty(), () -> preview.problems().toString());
        assertEquals(before, snapshot(), "a dry run changes nothing");

        AppliedImport applied = imports.apply("2025-4분기.xlsx", fourth, List.of(), EDITOR, preview.lastImportId());
        try {
            assertEquals(1, applied.complexesCreated());
            assertEquals(
                    new Quarter(2025, 4),
                    directory.list(ComplexListQuery.all(10)).quarter());
            assertEquals(1_353, directory.list(ComplexListQuery.all(10)).total());
            List<QuarterFigures> history = directory
                    .complex(id(Sido.INCHEON, "남동[재생사업지구]"))
                    .orElseThrow()
                    .history();
            assertEquals(
                    List.of(DEMO_QUARTER, new Quarter(2025, 4)),
                    history.stream().map(QuarterFigures::quarter).toList());
            assertEquals(Figure.of(8080), history.get(0).figures().tenantFirms());
            assertEquals(Figure.of(8100), history.get(1).figures().tenantFirms());
            ComplexListRow jeju = directory
                    .list(query(Sido.JEJU, null, null, null, "제주신규첨단"))
                    .rows()
                    .get(0);
            assertTrue(jeju.tenantFirms().isSuppressed());
            assertTrue(jeju.operatingFirms().isNone());
            assertEquals(
                    0, directory.list(query(Sido.SEOUL, null, null, null, "강동")).total());
            assertEquals(
                    1,
                    directory
                            .complex(id(Sido.SEOUL, "강동"))
                            .orElseThrow()
                            .history()
                            .size(),
                    "kept");
            long created = directory
                    .list(query(Sido.JEJU, null, null, null, "제주신규첨단"))
                    .rows()
                    .get(0)
                    .id();
            PretendComplexUsage.REFERRED.add(created);
            ImportRefusedException inUse = assertThrows(ImportRefusedException.class, () -> imports.undoLast(EDITOR));
            assertEquals(ImportRefusedException.Reason.COMPLEX_IN_USE, inUse.reason());
            assertTrue(korean(inUse::text).contains("‘테스트 기사 " + created + "’에서 쓰고 있습니다"), korean(inUse::text));
            assertEquals(
                    new Quarter(2025, 4),
                    directory.list(ComplexListQuery.all(10)).quarter(),
                    "nothing undone");
        } finally {
            PretendComplexUsage.REFERRED.clear();
            UndoneImport undone = imports.undoLast(EDITOR);
            assertEquals(applied.imported().id(), undone.undone().id());
            assertNull(undone.restored());
        }
        assertEquals(before, snapshot(), "undo restores the state before the import exactly");
        assertEquals(DEMO_QUARTER, directory.list(ComplexListQuery.all(10)).quarter());
    }

    @Test
    void aRenamedComplexIsMatchedByHandAndTheUndoNamesItAsBefore() {
        Snapshot before = snapshot();
        long magok = id(Sido.SEOUL, "마곡");
        byte[] renamed = KicoxWorkbooks.derive(KicoxWorkbooks.statistics(), book -> {
            KicoxWorkbooks.retitle(book, "2025년 3분기", "2025년 4분기");
            KicoxWorkbooks.row(book.getSheet(KicoxWorkbooks.TOP_SHEET), "서울", "마곡")
                    .getCell(3)
                    .setCellValue("마곡산업단지");
        });
        ImportPreview unmatched = imports.preview("renamed.xlsx", renamed);
        assertEquals(List.of("마곡산업단지"), names(unmatched.added()));
        assertEquals(List.of("마곡"), names(unmatched.missing()));

        ComplexKey row = unmatched.added().get(0).key();
        List<ManualMatch> match = List.of(new ManualMatch(row, magok));
        ImportPreview matched = imports.preview("renamed.xlsx", renamed, match);
        assertTrue(matched.added().isEmpty());
        assertTrue(matched.missing().isEmpty());
        assertEquals(List.of("NAME"), fields(matched, "마곡산업단지"));

        AppliedImport applied = imports.apply("renamed.xlsx", renamed, match, EDITOR, null);
        try {
            assertEquals(0, applied.complexesCreated());
            ComplexDetail detail = directory.complex(magok).orElseThrow();
            assertEquals("마곡산업단지", detail.name());
            assertEquals("마곡산업단지", detail.slug());
            assertEquals(
                    List.of("마곡", "마곡산업단지"),
                    detail.history().stream().map(QuarterFigures::name).toList());
        } finally {
            imports.undoLast(EDITOR);
        }
        assertEquals("마곡", directory.complex(magok).orElseThrow().name());
        assertEquals(before, snapshot());

        ImportRefusedException taken = assertThrows(
                ImportRefusedException.class,
                () -> imports.preview("renamed.xlsx", renamed, List.of(new ManualMatch(row, id(Sido.SEOUL, "강동")))));
        assertEquals(ImportRefusedException.Reason.MATCH_TAKEN, taken.reason(), "강동 is still in the file");
        assertTrue(korean(taken::text).contains("같은 산업단지가 됩니다"));
    }

    @Test
    void importingAQuarterAgainReplacesItAndTheUndoShowsTheEarlierImportAgain() {
        Snapshot before = snapshot();
        ImportRecord demoImport = directory.latestStatistics().orElseThrow();
        ImportPreview preview = imports.preview("again.xlsx", KicoxWorkbooks.statistics());
        assertTrue(preview.replacesQuarter());
        assertEquals(demoImport.id(), preview.baseline().id());
        assertTrue(preview.added().isEmpty()
                && preview.changed().isEmpty()
                && preview.missing().isEmpty());
        assertEquals(1_435, preview.unchanged());

        AppliedImport again = imports.apply("again.xlsx", KicoxWorkbooks.statistics(), List.of(), EDITOR, null);
        try {
            assertEquals(
                    again.imported().id(),
                    directory.latestStatistics().orElseThrow().id());
            ImportRecord replaced = imports.history().stream()
                    .filter(i -> i.id() == demoImport.id())
                    .findFirst()
                    .orElseThrow();
            assertFalse(replaced.current(), "kept, no longer shown");
            assertEquals(demoImport.id(), again.imported().replacedImportId());
            assertEquals(0, again.complexesCreated());
            assertEquals(
                    1_349, directory.nationalSummary().orElseThrow().total().complexes());
            long namdong = id(Sido.INCHEON, "남동[재생사업지구]");
            assertEquals(1, directory.complex(namdong).orElseThrow().history().size(), "one quarter, once");
        } finally {
            UndoneImport undone = imports.undoLast(EDITOR);
            assertEquals(demoImport.id(), undone.restored().id());
        }
        assertEquals(before, snapshot());
    }

    @Test
    void anOlderQuarterIsKeptAsHistoryBehindTheNewest() {
        Snapshot before = snapshot();
        byte[] second = KicoxWorkbooks.derive(
                KicoxWorkbooks.statistics(), book -> KicoxWorkbooks.retitle(book, "2025년 3분기", "2025년 2분기"));
        ImportPreview preview = imports.preview("q2.xlsx", second);
        assertTrue(preview.olderThanLatest());
        AppliedImport applied = imports.apply("q2.xlsx", second, List.of(), EDITOR, null);
        try {
            assertEquals(DEMO_QUARTER, directory.list(ComplexListQuery.all(5)).quarter(), "the newest stays shown");
            assertEquals(
                    List.of(new Quarter(2025, 2), DEMO_QUARTER),
                    directory.complex(id(Sido.SEOUL, "마곡")).orElseThrow().history().stream()
                            .map(QuarterFigures::quarter)
                            .toList());
        } finally {
            imports.undoLast(EDITOR);
        }
        assertEquals(before, snapshot());
    }

    @Test
    void trendRowsReachComplexesThroughTheShortNamesAndUnmatchedOnesAreReported() {
        Snapshot before = snapshot();
        byte[] renamed = KicoxWorkbooks.derive(KicoxWorkbooks.trend(), book -> {
            for (String table : List.of("표1 단지별 입주", "표4 단지별 생산", "표6 단지별 수출", "표8 단지별 고용", "표10 단지별 가동률")) {
                KicoxWorkbooks.row(book.getSheet(table), 0, "진해").getCell(0).setCellValue("진해신항");
            }
        });
        ImportPreview preview = imports.preview("trend.xlsx", renamed);
        assertTrue(preview.replacesQuarter());
        assertEquals(List.of("진해신항"), preview.unmatchedShortNames());
        assertEquals(List.of("진해신항"), names(preview.added()));
        assertEquals(List.of("진해"), names(preview.missing()));
        assertEquals(39, preview.unchanged());

        long jinhae = id(Sido.GYEONGNAM, "진해");
        imports.mapShortName("진해신항", jinhae, EDITOR);
        try {
            assertTrue(
                    imports.preview("trend.xlsx", renamed).unmatchedShortNames().isEmpty());
            ShortNameRow mapping = imports.shortNames().stream()
                    .filter(s -> s.shortName().equals("진해신항"))
                    .findFirst()
                    .orElseThrow();
            assertFalse(mapping.prefilled());
            assertEquals(EDITOR, mapping.updatedBy());
        } finally {
            imports.removeShortName("진해신항");
        }
        assertEquals(before, snapshot());
        ImportRefusedException unknown =
                assertThrows(ImportRefusedException.class, () -> imports.mapShortName("진해신항", -5, EDITOR));
        assertEquals(ImportRefusedException.Reason.UNKNOWN_COMPLEX, unknown.reason());
    }

    @Test
    void applyingAfterAnotherImportSinceTheDryRunIsRefused() {
        Snapshot before = snapshot();
        ImportPreview preview = imports.preview("trend.xlsx", KicoxWorkbooks.trend());
        AppliedImport other = imports.apply("trend.xlsx", KicoxWorkbooks.trend(), List.of(), EDITOR, null);
        try {
            ImportRefusedException refused = assertThrows(
                    ImportRefusedException.class,
                    () -> imports.apply(
                            "trend.xlsx", KicoxWorkbooks.trend(), List.of(), EDITOR, preview.lastImportId()));
            assertEquals(ImportRefusedException.Reason.CHANGED_MEANWHILE, refused.reason());
            assertTrue(korean(refused::text).contains("다시 미리 보고"));
        } finally {
            assertEquals(
                    other.imported().id(), imports.undoLast(EDITOR).undone().id());
        }
        assertEquals(before, snapshot());
    }

    @Test
    void badFilesAreRefusedInKoreanAndChangeNothing() {
        Snapshot before = snapshot();
        Map<WorkbookRefusedException.Reason, Supplier<byte[]>> files = new java.util.LinkedHashMap<>();
        files.put(WorkbookRefusedException.Reason.NOT_A_WORKBOOK, () -> "%PDF-1.7".getBytes());
        files.put(WorkbookRefusedException.Reason.TEXT_FILE, KicoxWorkbooks::csv);
        files.put(
                WorkbookRefusedException.Reason.ENCRYPTED,
                () -> KicoxWorkbooks.encrypted(KicoxWorkbooks.trend(), "pw"));
        files.put(WorkbookRefusedException.Reason.ZIP_BOMB, () -> KicoxWorkbooks.zipBomb(KicoxWorkbooks.trend(), 40));
        files.put(
                WorkbookRefusedException.Reason.MISSING_SHEET,
                () -> KicoxWorkbooks.derive(
                        KicoxWorkbooks.statistics(),
                        book -> book.removeSheetAt(book.getSheetIndex(KicoxWorkbooks.AGED_SHEET))));
        List<String> texts = new ArrayList<>();
        files.forEach((reason, file) -> {
            byte[] content = file.get();
            WorkbookRefusedException preview =
                    assertThrows(WorkbookRefusedException.class, () -> imports.preview("x.xlsx", content));
            assertEquals(reason, preview.reason());
            WorkbookRefusedException apply = assertThrows(
                    WorkbookRefusedException.class, () -> imports.apply("x.xlsx", content, List.of(), EDITOR, null));
            assertEquals(reason, apply.reason());
            texts.add(korean(apply::text));
        });
        assertTrue(
                texts.stream().allMatch(t -> t.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)),
                texts::toString);
        assertTrue(texts.get(4).contains("‘부록4)노후산업단지’ 시트가 없습니다"), texts.get(4));
        assertEquals(before, snapshot());
    }

    // --- helpers ---

    /** Everything the import owns, to compare before and after. */
    private record Snapshot(
            List<ImportRecord> imports,
            List<List<Object>> complexes,
            List<ShortNameRow> shortNames,
            Map<Long, List<StoredStatistics>> statistics,
            Map<Long, List<List<Object>>> trend) {}

    private Snapshot snapshot() {
        List<ImportRecord> history = imports.history();
        Map<Long, List<StoredStatistics>> statistics = new java.util.TreeMap<>();
        Map<Long, List<List<Object>>> trend = new java.util.TreeMap<>();
        for (ImportRecord record : history) {
            statistics.put(record.id(), repository.statistics(record.id()));
            trend.put(
                    record.id(),
                    repository.trend(record.id()).stream()
                            .map(t -> List.<Object>of(t.getShortName(), t.getSheetRow(), t.figures()))
                            .toList());
        }
        List<List<Object>> complexes = new ArrayList<>();
        for (IndustrialComplex c : repository.complexes()) {
            complexes.add(List.of(
                    c.getId(),
                    c.getComplexType(),
                    c.getSido(),
                    c.getSigun(),
                    c.getName(),
                    c.isBundleMember(),
                    c.getSlug(),
                    c.getCreatedByImportId()));
        }
        return new Snapshot(history, complexes, imports.shortNames(), statistics, trend);
    }

    private long id(Sido sido, String name) {
        return repository.complexes().stream()
                .filter(c -> c.getSido() == sido && c.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(sido + " " + name))
                .getId();
    }

    private static ComplexListQuery query(
            Sido sido, ComplexType type, DevelopmentStatus status, Boolean aged, String text) {
        return new ComplexListQuery(sido, type, status, aged, null, null, text, ComplexSort.NAME, null, 1, 100);
    }

    private static List<String> names(List<PreviewRow> rows) {
        return rows.stream().map(PreviewRow::name).toList();
    }

    private static List<String> fields(ImportPreview preview, String name) {
        return preview.changed().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not changed: " + preview.changed()))
                .changes()
                .stream()
                .map(FieldChange::field)
                .toList();
    }

    private static FieldChange change(ImportPreview preview, String name) {
        return preview.changed().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow()
                .changes()
                .get(0);
    }

    private static String korean(Supplier<String> text) {
        try (Texts.Scope ko = Texts.speak(Locale.KOREAN)) {
            return text.get();
        }
    }
}
