package kr.co.saenal.sandan.complex.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexListQuery;
import kr.co.saenal.sandan.complex.ComplexType;
import kr.co.saenal.sandan.complex.ImportRecord;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.ShortNameRow;
import kr.co.saenal.sandan.complex.Sido;
import kr.co.saenal.sandan.complex.importing.AppliedImport;
import kr.co.saenal.sandan.complex.importing.ComplexChoice;
import kr.co.saenal.sandan.complex.importing.ComplexImport;
import kr.co.saenal.sandan.complex.importing.ImportPreview;
import kr.co.saenal.sandan.complex.importing.ImportRefusedException;
import kr.co.saenal.sandan.complex.importing.KicoxWorkbooks;
import kr.co.saenal.sandan.complex.importing.WorkbookLimits;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.LongTaskPages;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An editor imports KICOX's workbooks at /admin/complexes/import and maps the trend workbook's short names at
 * /admin/complexes/short-names, over real HTTP: the dry run's counts and changes, a rename matched by hand, "적용",
 * the history, the undo after a confirmation, a stale dry run refused, bad files refused next to the upload with
 * nothing changed, and who may open the pages. Every test leaves the directory as the demo made it.
 */
@ExtendWith(ArquillianExtension.class)
class ComplexImportPagesIT {

    private static final String IMPORT = "/admin/complexes/import";
    private static final String SHORT_NAMES = "/admin/complexes/short-names";
    private static final String EDITOR = "editor-complexes";
    private static final String EDITOR_PASSWORD = "Editor-Complexes-2026";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
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
    WorkbookLimits limits;

    @Inject
    StaffAccounts accounts;

    private Http editor;

    @BeforeEach
    void logInAsEditor() {
        accounts.createOnce(EDITOR, EDITOR_PASSWORD, Role.EDITOR);
        editor = new Http();
        assertEquals(302, Staff.logIn(editor, EDITOR, EDITOR_PASSWORD).status());
    }

    @Test
    void aNewQuarterIsPreviewedAppliedListedAndUndone() {
        List<ImportRecord> before = imports.history();
        Http.Reply previewed = upload("2025-4분기.xlsx", XLSX, fourthQuarter());
        assertEquals(200, previewed.status());
        Document page = previewed.html();
        assertEquals("", errors(page), "no refusal");
        assertEquals("전국산업단지현황통계", page.getElementById("preview-kind").text());
        assertEquals("2025년 4분기", page.getElementById("preview-quarter").text());
        assertTrue(page.getElementById("preview-baseline").text().contains("2025년 3분기"), page.text());
        assertEquals(
                Map.of(
                        "rows", "1,435",
                        "added", "1",
                        "changed", "3",
                        "missing", "1",
                        "unchanged", "1,431",
                        "skipped", "0"),
                counts(page));
        assertTrue(text(page, "#preview\\:added").contains("제주신규첨단"), page.text());
        assertTrue(text(page, "#preview\\:added").contains("일반 · 제주 제주시"), page.text());
        assertTrue(text(page, "#preview\\:missing").contains("강동"));
        String changed = text(page, "#preview\\:changed");
        assertTrue(changed.contains("입주업체: 8,080개 → 8,100개"), changed);
        assertTrue(changed.contains("조성상태: 조성중 → 완료") || changed.contains("조성상태: 미개발 → 완료"), changed);
        assertTrue(changed.contains("분양률: ") && changed.contains("→ 96.5%"), changed);
        assertEquals(before, imports.history(), "a dry run changes nothing");

        Http.Reply applied = press(page, "preview", "apply");
        assertEquals(302, applied.status(), "back to the page, so that reloading cannot import twice: " + applied);
        Document after = editor.get(IMPORT).html();
        assertTrue(messages(after).contains("가져왔습니다: 2025년 4분기 전국산업단지현황통계 (2025-4분기.xlsx)"), messages(after));
        assertTrue(messages(after).contains("새로 생긴 산업단지 1곳"), messages(after));
        assertNull(after.getElementById("preview"), "the dry run is done");
        Element newest = after.selectFirst("[id='history:imports'] tbody tr");
        assertTrue(newest.text().contains("2025년 4분기"), newest.text());
        assertTrue(newest.text().contains("2025-4분기.xlsx"), newest.text());
        assertTrue(newest.text().contains(EDITOR), newest.text());
        assertTrue(newest.text().contains("현재 수치"), newest.text());
        ImportRecord imported = imports.history().get(0);
        assertEquals(new Quarter(2025, 4), imported.quarter());
        assertEquals(EDITOR, imported.importedBy());
        assertEquals(
                new Quarter(2025, 4), directory.list(ComplexListQuery.all(5)).quarter());

        Http.Reply asked = press(after, "history", "undo");
        assertEquals(200, asked.status());
        String confirm = text(asked.html(), ".import-undo .confirm");
        assertTrue(confirm.contains("2025년 4분기 전국산업단지현황통계 가져오기(2025-4분기.xlsx)를 되돌릴까요?"), confirm);
        assertEquals(imported, imports.history().get(0), "asking undoes nothing");
        Http.Reply undone = press(asked.html(), "history", "confirmUndo");
        assertEquals(302, undone.status(), undone::toString);
        Document back = editor.get(IMPORT).html();
        assertTrue(messages(back).contains("가져오기를 되돌렸습니다: 2025년 4분기 전국산업단지현황통계 (2025-4분기.xlsx)"), messages(back));
        assertEquals(before, imports.history());
        assertEquals(DEMO_QUARTER, directory.list(ComplexListQuery.all(5)).quarter());
    }

    @Test
    void theBundledQuarterAgainShowsNothingNewAndCancellingKeepsEverything() {
        List<ImportRecord> before = imports.history();
        Document page =
                upload("전국산업단지현황통계.xlsx", XLSX, KicoxWorkbooks.statistics()).html();
        assertEquals("", errors(page));
        assertEquals("2025년 3분기", page.getElementById("preview-quarter").text());
        assertNotNull(page.getElementById("note-replaces"), "the quarter is imported already");
        assertEquals(
                Map.of(
                        "rows", "1,435",
                        "added", "0",
                        "changed", "0",
                        "missing", "0",
                        "unchanged", "1,435",
                        "skipped", "0"),
                counts(page));
        Document trend = upload("동향.xlsx", XLSX, KicoxWorkbooks.trend()).html();
        assertEquals("국가산업단지 산업동향정보", trend.getElementById("preview-kind").text());
        assertEquals("2026년 1분기", trend.getElementById("preview-quarter").text());
        assertEquals("40", counts(trend).get("rows"));
        assertEquals("0", counts(trend).get("unmatched"));
        assertEquals("40", counts(trend).get("unchanged"));

        Http.Reply cancelled = press(trend, "preview", "cancel");
        assertTrue(messages(cancelled.html()).contains("미리 보기를 닫았습니다. 아무것도 바뀌지 않았습니다."));
        assertNull(cancelled.html().getElementById("preview"));
        assertEquals(before, imports.history());
    }

    @Test
    void aRenamedComplexIsMatchedByHandOnThePage() {
        List<ImportRecord> before = imports.history();
        long magok = choice(Sido.SEOUL, "마곡").id();
        byte[] renamed = KicoxWorkbooks.derive(KicoxWorkbooks.statistics(), book -> {
            KicoxWorkbooks.retitle(book, "2025년 3분기", "2025년 4분기");
            KicoxWorkbooks.row(book.getSheet(KicoxWorkbooks.TOP_SHEET), "서울", "마곡")
                    .getCell(3)
                    .setCellValue("마곡산업단지");
        });
        Document page = upload("renamed.xlsx", XLSX, renamed).html();
        assertEquals("1", counts(page).get("added"));
        assertEquals("1", counts(page).get("missing"));
        Element pick = page.selectFirst("select[id='preview:added:0:pick']");
        assertNotNull(pick, "a new row can be matched to a missing complex");
        assertEquals("마곡산업단지의 이전 이름", pick.attr("aria-label"));
        assertEquals(List.of("새 단지입니다", "마곡 (서울 강서구)"), pick.select("option").eachText());

        Map<String, String> fields =
                Forms.submission(page, "preview", "rematch", Map.of(pick.attr("name"), String.valueOf(magok)));
        Http.Reply matched = editor.postForm(Forms.action(page, "preview"), fields);
        Document after = matched.html();
        assertEquals("", errors(after));
        assertEquals("0", counts(after).get("added"));
        assertEquals("0", counts(after).get("missing"));
        String hand = text(after, ".import-matched");
        assertTrue(hand.contains("마곡산업단지") && hand.contains("단지명: 마곡 → 마곡산업단지"), hand);

        Http.Reply unmatched = press(after, "preview", "unmatch");
        assertEquals("1", counts(unmatched.html()).get("added"), "the match taken back");
        Http.Reply again = editor.postForm(
                Forms.action(unmatched.html(), "preview"),
                Forms.submission(
                        unmatched.html(), "preview", "rematch", Map.of("preview:added:0:pick", String.valueOf(magok))));
        assertEquals(302, press(again.html(), "preview", "apply").status());
        try {
            assertEquals("마곡산업단지", directory.complex(magok).orElseThrow().name(), "the same complex, renamed");
        } finally {
            imports.undoLast(EDITOR);
        }
        assertEquals("마곡", directory.complex(magok).orElseThrow().name());
        assertEquals(before, imports.history());
    }

    @Test
    void twoRowsMatchedToOneComplexAreRefusedBesideTheirSelects() {
        List<ImportRecord> before = imports.history();
        long magok = choice(Sido.SEOUL, "마곡").id();
        byte[] renamed = KicoxWorkbooks.derive(KicoxWorkbooks.statistics(), book -> {
            KicoxWorkbooks.retitle(book, "2025년 3분기", "2025년 4분기");
            Sheet top = book.getSheet(KicoxWorkbooks.TOP_SHEET);
            KicoxWorkbooks.row(top, "서울", "마곡").getCell(3).setCellValue("마곡산업단지");
            KicoxWorkbooks.row(top, "서울", "강동").getCell(3).setCellValue("강동첨단");
        });
        Document page = upload("renamed.xlsx", XLSX, renamed).html();
        assertEquals("2", counts(page).get("added"));
        Http.Reply refused = submit(
                page,
                "preview",
                "rematch",
                Map.of(
                        "preview:added:0:pick", String.valueOf(magok),
                        "preview:added:1:pick", String.valueOf(magok)));
        Document after = refused.html();
        String message = text(after, "[id='preview:rematchMessage']");
        assertTrue(message.contains("같은 산업단지가 됩니다"), after.text());
        for (String pick : List.of("preview:added:0:pick", "preview:added:1:pick")) {
            Element select = after.getElementById(pick);
            assertEquals("true", select.attr("aria-invalid"), pick);
            assertEquals("preview:rematchMessage", select.attr("aria-describedby"), pick);
        }
        assertEquals("2", counts(after).get("added"), "the dry run as before");
        press(after, "preview", "cancel");
        assertEquals(before, imports.history());
    }

    @Test
    void anUndoRefusedWhileAPostIsTaggedWithAComplexItCreatedChangesNothing() {
        List<ImportRecord> before = imports.history();
        AppliedImport applied = imports.apply("2025-4분기.xlsx", fourthQuarter(), List.of(), EDITOR, null);
        try {
            long created = directory
                    .list(new ComplexListQuery(Sido.JEJU, null, null, null, null, null, "제주신규첨단", null, null, 1, 10))
                    .rows()
                    .get(0)
                    .id();
            PretendPostTags.TAGGED.add(created);
            Document asked = press(editor.get(IMPORT).html(), "history", "undo").html();
            Http.Reply refused = press(asked, "history", "confirmUndo");
            assertEquals(200, refused.status());
            String message = text(refused.html(), "[id='history:undoMessage']");
            assertTrue(
                    message.contains("‘태그 시험 기사 " + created + "’에서 쓰고 있습니다"),
                    refused.html().text());
            assertEquals(
                    "autofocus", refused.html().getElementById("history:undo").attr("autofocus"));
            assertEquals(applied.imported().id(), imports.history().get(0).id(), "nothing undone");
        } finally {
            PretendPostTags.TAGGED.clear();
            imports.undoLast(EDITOR);
        }
        assertEquals(before, imports.history());
    }

    @Test
    void applyingAStaleDryRunIsRefusedAndTheDryRunCanBeMadeAgain() {
        List<ImportRecord> before = imports.history();
        Document page = upload("2025-4분기.xlsx", XLSX, fourthQuarter()).html();
        AppliedImport meanwhile = imports.apply("동향.xlsx", KicoxWorkbooks.trend(), List.of(), "other-editor", null);
        try {
            Http.Reply refused = press(page, "preview", "apply");
            assertEquals(200, refused.status());
            String message = text(refused.html(), "[id='preview:applyMessage']");
            assertTrue(
                    message.contains("미리보기 뒤에 다른 사람이 통계를 가져오거나 되돌렸습니다"),
                    refused.html().text());
            assertEquals(meanwhile.imported().id(), imports.history().get(0).id(), "nothing imported");
            assertTrue(
                    text(refused.html(), "[id='history:imports'] tbody tr").contains("other-editor"),
                    "the history shows what came in between");
            Http.Reply rerun = press(refused.html(), "preview", "rerun");
            assertEquals("", errors(rerun.html()));
            assertEquals("3", counts(rerun.html()).get("changed"));
            assertEquals(302, press(rerun.html(), "preview", "apply").status(), "the fresh dry run applies");
            assertEquals(new Quarter(2025, 4), imports.history().get(0).quarter());
            imports.undoLast(EDITOR);
        } finally {
            imports.undoLast(EDITOR);
        }
        assertEquals(before, imports.history());
    }

    @Test
    void aDryRunMadeOnAnEmptyDirectoryIsStaleOnceSomethingWasImported() {
        List<ImportRecord> before = imports.history();
        ImportPreview seen = imports.preview("동향.xlsx", KicoxWorkbooks.trend());
        ImportPreview onEmpty = new ImportPreview(
                seen.kind(),
                seen.file(),
                seen.quarter(),
                null,
                false,
                null,
                seen.rowCount(),
                seen.added(),
                seen.changed(),
                seen.missing(),
                seen.unchanged(),
                seen.problems(),
                seen.unmatchedShortNames(),
                null);
        ImportRefusedException refused = org.junit.jupiter.api.Assertions.assertThrows(
                ImportRefusedException.class,
                () -> imports.applyPreviewed("동향.xlsx", KicoxWorkbooks.trend(), List.of(), EDITOR, onEmpty));
        assertEquals(ImportRefusedException.Reason.CHANGED_MEANWHILE, refused.reason());
        assertEquals(before, imports.history());
    }

    @Test
    void badFilesAreRefusedInKoreanNextToTheUploadAndChangeNothing() throws Exception {
        List<ImportRecord> before = imports.history();
        int complexes = imports.complexChoices().size();
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(8, 8, 1);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", png);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("엑셀 통합 문서(.xlsx)가 아닌 파일입니다", png.toByteArray());
        files.put("이름만 .xlsx로 바꾼 파일은 읽을 수 없습니다", KicoxWorkbooks.csv());
        files.put(
                "‘부록4)노후산업단지’ 시트가 없습니다",
                KicoxWorkbooks.derive(
                        KicoxWorkbooks.statistics(),
                        book -> book.removeSheetAt(book.getSheetIndex(KicoxWorkbooks.AGED_SHEET))));
        files.put("압축을 풀면 지나치게 커지는 파일이라 열지 않았습니다", KicoxWorkbooks.zipBomb(KicoxWorkbooks.trend(), 40));
        files.put("암호로 보호된 파일은 열 수 없습니다", KicoxWorkbooks.encrypted(KicoxWorkbooks.trend(), "pw"));
        files.put("통계 파일은 " + limits.maxSizeText() + " 이하만 올릴 수 있습니다", new byte[(int) limits.maxBytes() + 1]);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Http.Reply refused = upload("통계.xlsx", XLSX, file.getValue());
            assertEquals(200, refused.status(), file.getKey());
            Document page = refused.html();
            String error = text(page, "[id='upload:file'] ~ .field-error");
            assertTrue(error.contains(file.getKey()), file.getKey() + " → " + error);
            assertTrue(error.endsWith("아무것도 바뀌지 않았습니다."), error);
            assertNull(page.getElementById("preview"), "no dry run");
            Http.assertNoInternals(refused);
        }
        Document none = upload("", "application/octet-stream", new byte[0]).html();
        assertTrue(text(none, "[id='upload:file'] ~ .field-error").contains("올릴 엑셀 파일을 골라 주세요"));

        byte[] wayTooLarge = new byte[(int) (limits.maxBytes() + WorkbookUploadSizeFilter.FORM_OVERHEAD_BYTES) + 1024];
        Http.Reply cutOff = upload("huge.xlsx", XLSX, wayTooLarge);
        assertEquals(303, cutOff.status(), "refused before Faces reads it: " + cutOff);
        String location = cutOff.header("Location").orElseThrow();
        assertTrue(location.endsWith(IMPORT + "?refused=too-large"), location);
        Document told = editor.get(location).html();
        assertTrue(
                text(told, "[id='upload:file'] ~ .field-error")
                        .contains("파일이 너무 큽니다. 통계 파일은 " + limits.maxSizeText() + " 이하만 올릴 수 있습니다."),
                told.text());

        assertEquals(before, imports.history());
        assertEquals(complexes, imports.complexChoices().size());
    }

    @Test
    void shortNamesAreMappedChangedAndRemovedUnmatchedOnesFirst() {
        List<ShortNameRow> mappingBefore = imports.shortNames();
        byte[] renamed = KicoxWorkbooks.derive(KicoxWorkbooks.trend(), book -> {
            for (String table : List.of("표1 단지별 입주", "표4 단지별 생산", "표6 단지별 수출", "표8 단지별 고용", "표10 단지별 가동률")) {
                KicoxWorkbooks.row(book.getSheet(table), 0, "진해").getCell(0).setCellValue("진해신항");
            }
        });
        imports.apply("동향-진해신항.xlsx", renamed, List.of(), EDITOR, null);
        try {
            Document page = editor.get(SHORT_NAMES).html();
            Element unmatched = page.selectFirst(".short-names-unmatched");
            assertNotNull(unmatched, page.text());
            assertTrue(page.select("section").first().hasClass("short-names-unmatched"), "unmatched names come first");
            assertEquals(List.of("진해신항"), unmatched.select(".short-name").eachText());

            Http.Reply started = press(page, "unmatched", "start");
            Document form = started.html();
            assertEquals("진해신항", form.getElementById("mapping:shortName").val());
            assertTrue(
                    text(form, "[id='mapping:search'] ~ .field-error, .field-error")
                            .contains("‘진해신항’(으)로 찾은 산업단지가 없습니다"),
                    form.text());

            Http.Reply found = submit(form, "mapping", "find", Map.of("mapping:search", "진해 국가"));
            ComplexChoice jinhae = choice(Sido.GYEONGNAM, "진해");
            List<String> options =
                    found.html().select("[id='mapping:complex'] option").eachText();
            assertTrue(options.contains("진해 · 국가 · 경남 " + jinhae.sigun()), options.toString());

            Http.Reply noComplex = submit(found.html(), "mapping", "save", Map.of("mapping:complex", ""));
            assertTrue(text(noComplex.html(), "[id='mapping:complex'] ~ .field-error, .field-error")
                    .contains("약칭과 연결할 산업단지를 목록에서 골라 주세요"));

            Http.Reply saved =
                    submit(noComplex.html(), "mapping", "save", Map.of("mapping:complex", String.valueOf(jinhae.id())));
            Document after = saved.html();
            assertTrue(
                    messages(after).contains("‘진해신항’ 약칭을 진해 · 국가 · 경남 " + jinhae.sigun() + "에 연결했습니다."),
                    messages(after));
            assertNull(after.selectFirst(".short-names-unmatched"), "nothing left unmatched");
            assertTrue(imports.unmatchedShortNames().isEmpty());
            ShortNameRow mapped = row("진해신항");
            assertEquals(jinhae.id(), mapped.complexId());
            assertEquals(EDITOR, mapped.updatedBy());

            Element mappedRow = after.select("[id='names:table'] tbody tr").stream()
                    .filter(r -> r.text().startsWith("진해신항"))
                    .findFirst()
                    .orElseThrow();
            Http.Reply changing = pressIn(after, "names", mappedRow, "change");
            assertTrue(changing.html().getElementById("mapping:shortName").hasAttr("readonly"));
            ComplexChoice other = choice(Sido.GYEONGNAM, "창원");
            Http.Reply otherFound = submit(changing.html(), "mapping", "find", Map.of("mapping:search", "창원 일반"));
            Http.Reply changed =
                    submit(otherFound.html(), "mapping", "save", Map.of("mapping:complex", String.valueOf(other.id())));
            assertTrue(
                    messages(changed.html()).contains("‘진해신항’ 약칭을 창원"),
                    () -> messages(changed.html()) + errors(changed.html()) + " " + other + " in "
                            + otherFound
                                    .html()
                                    .select("[id='mapping:complex'] option")
                                    .eachText());
            assertEquals(other.id(), row("진해신항").complexId());

            Http.Reply invalid = submit(
                    editor.get(SHORT_NAMES).html(),
                    "mapping",
                    "save",
                    Map.of("mapping:shortName", "   ", "mapping:complex", ""));
            assertTrue(
                    text(invalid.html(), ".field-error").contains("약칭과 연결할 산업단지를"),
                    () -> invalid.html().select(".admin-main").outerHtml());

            Document listed = editor.get(SHORT_NAMES).html();
            Element toRemove = listed.select("[id='names:table'] tbody tr").stream()
                    .filter(r -> r.text().startsWith("진해신항"))
                    .findFirst()
                    .orElseThrow();
            Http.Reply asked = pressIn(listed, "names", toRemove, "remove");
            assertTrue(text(asked.html(), ".short-names-table .confirm").contains("‘진해신항’ 약칭을 지울까요?"));
            assertTrue(
                    imports.shortNames().stream().anyMatch(s -> s.shortName().equals("진해신항")),
                    "asking removes nothing");
            Element confirmRow = asked.html().select("[id='names:table'] tbody tr").stream()
                    .filter(r -> r.text().startsWith("진해신항"))
                    .findFirst()
                    .orElseThrow();
            Http.Reply removed = pressIn(asked.html(), "names", confirmRow, "confirmRemove");
            assertTrue(messages(removed.html()).contains("‘진해신항’ 약칭을 지웠습니다."), messages(removed.html()));
            assertEquals(List.of("진해신항"), imports.unmatchedShortNames());
        } finally {
            imports.undoLast(EDITOR);
        }
        assertEquals(mappingBefore, imports.shortNames());
        assertTrue(imports.unmatchedShortNames().isEmpty());
    }

    @Test
    void editorsAndAdministratorsImportConsultantsMayNotAndVisitorsMustLogIn() {
        accounts.createOnce("consultant-complexes", "Consultant-Complexes-1", Role.CONSULTANT);
        Http consultant = new Http();
        assertEquals(
                302,
                Staff.logIn(consultant, "consultant-complexes", "Consultant-Complexes-1")
                        .status());
        Http admin = new Http();
        assertEquals(302, Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD).status());
        for (String path : List.of(IMPORT, SHORT_NAMES, IMPORT + ".xhtml", "/admin/complexes/../complexes/import")) {
            assertEquals(403, consultant.get(path).status(), path);
            assertEquals(200, editor.get(path).status(), path);
            assertEquals(200, admin.get(path).status(), path);
            Http.Reply anonymous = new Http().get(path);
            assertEquals(302, anonymous.status(), path);
            assertTrue(anonymous.header("Location").orElse("").contains("/login"), path);
        }
        Document menu = editor.get("/admin/").html();
        assertEquals(IMPORT, menu.select(".admin-nav a:contains(산업단지 통계)").attr("href"), "in the menu");
        assertTrue(
                consultant
                        .get("/admin/")
                        .html()
                        .select(".admin-nav a:contains(산업단지 통계)")
                        .isEmpty(),
                "not in a consultant's menu");
        Http.Reply posted = consultant.postMultipart(IMPORT, Map.of(), "upload:file", "x.xlsx", XLSX, new byte[] {1});
        assertEquals(403, posted.status());
    }

    // --- helpers ---

    /** KICOX's 2025 Q3 workbook made the next quarter: three complexes changed, 강동 gone, one new in 제주. */
    private static byte[] fourthQuarter() {
        return KicoxWorkbooks.derive(KicoxWorkbooks.statistics(), book -> {
            KicoxWorkbooks.retitle(book, "2025년 3분기", "2025년 4분기");
            Sheet top = book.getSheet(KicoxWorkbooks.TOP_SHEET);
            KicoxWorkbooks.row(top, "인천", "남동[재생사업지구]").getCell(12).setCellValue(8100);
            KicoxWorkbooks.row(top, "경기", "반월특수지역").getCell(11).setCellValue(" 96.5 ");
            KicoxWorkbooks.row(top, "서울", "마곡").getCell(4).setCellValue("완료");
            top.removeRow(KicoxWorkbooks.row(top, "서울", "강동"));
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
    }

    private Http.Reply upload(String fileName, String type, byte[] content) {
        Document page = editor.get(IMPORT).html();
        Map<String, String> fields = Forms.submission(page, "upload", Map.of());
        fields.remove("upload:file");
        return editor.postMultipart(Forms.action(page, "upload"), fields, "upload:file", fileName, type, content);
    }

    /** Presses the button whose id ends with {@code button} in form {@code formId} of the page. */
    /** Presses a button; an apply that goes on beside the request is followed to its end, as the browser would. */
    private Http.Reply press(Document page, String formId, String button) {
        return LongTaskPages.followed(editor, submit(page, formId, button, Map.of()));
    }

    private Http.Reply submit(Document page, String formId, String button, Map<String, String> typed) {
        return editor.postForm(Forms.action(page, formId), Forms.submission(page, formId, button, typed));
    }

    /** Presses a button of one row of a table. */
    private Http.Reply pressIn(Document page, String formId, Element row, String button) {
        Element pressed = row.selectFirst("input[type=submit][id$=:" + button + "]");
        assertNotNull(pressed, "no " + button + " in " + row.text());
        Map<String, String> values = Forms.values(page, formId);
        values.put(pressed.attr("name"), pressed.val());
        return editor.postForm(Forms.action(page, formId), values);
    }

    private static Map<String, String> counts(Document page) {
        Map<String, String> counts = new LinkedHashMap<>();
        for (Element item : page.select(".import-counts li")) {
            counts.put(item.attr("data-count"), item.selectFirst(".count-value").text());
        }
        return counts;
    }

    private static String messages(Document page) {
        return page.select(".admin-messages li").eachText().toString();
    }

    private static String errors(Document page) {
        return String.join(" ", page.select(".field-error").eachText());
    }

    private static String text(Document page, String css) {
        return page.select(css).text();
    }

    private ComplexChoice choice(Sido sido, String name) {
        return imports.complexChoices().stream()
                .filter(c -> c.sido() == sido && c.name().equals(name))
                .sorted(java.util.Comparator.comparing(c -> c.type() != ComplexType.NATIONAL))
                .findFirst()
                .orElseThrow(() -> new AssertionError(sido + " " + name));
    }

    private ShortNameRow row(String shortName) {
        return imports.shortNames().stream()
                .filter(s -> s.shortName().equals(shortName))
                .findFirst()
                .orElseThrow();
    }
}
