package kr.co.saenal.sandan.inquiry.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.security.AccessAction;
import kr.co.saenal.sandan.security.AccessLog;
import kr.co.saenal.sandan.security.AccessRecord;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A consultant searches the inquiry table and takes the inquiries found away as a file: only with a reason,
 * neutralised against spreadsheet formulas, and always recorded in the access log.
 */
@ExtendWith(ArquillianExtension.class)
class InquirySearchAndExportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    AccessLog accessLog;

    @Test
    void theSearchFindsByNameByPhoneWithOrWithoutHyphensAndByCompany() {
        long byName = submit("봉수검색", "한빛소재", "010-5931-2846", "구조고도화 문의");
        long byCompany = submit("류다온", "Hanul Search Tech", "031-742-6610", "입주 조건 문의");
        long other = submit("남궁현", "온누리기계", "010-8000-1357", "정책자금 문의");
        Http consultant = loggedIn();

        assertEquals(List.of(byName), found(consultant, "수검"), "part of a name");
        assertEquals(List.of(byName), found(consultant, "010-5931-2846"), "phone as stored");
        assertEquals(List.of(byName), found(consultant, "01059312846"), "phone without hyphens");
        assertEquals(List.of(byName), found(consultant, "5931 2846"), "part of the phone, other separators");
        assertEquals(List.of(byCompany), found(consultant, "hanul search"), "company, any case");
        assertEquals(List.of(byCompany), found(consultant, "7426610"));
        assertEquals(List.of(other), found(consultant, "온누리"));
        assertEquals(List.of(), found(consultant, "없는회사이름"));
        Document page = search(consultant, "봉수검색").html();
        assertTrue(page.select(".masked-name").eachText().contains("봉**색"), page.text());
        assertFalse(page.select("#inquiries\\:table").text().contains("010-5931-2846"), "results stay masked");
    }

    @Test
    void anExportNeedsAReasonAndWritesEveryInquiryToTheAccessLogAsCsv() throws IOException {
        long first = submit("길한솔", "내보내기정밀", "010-4100-2200", "=cmd|' /C calc'!A0 사업 문의");
        long second = submit("표재민", "내보내기정밀", "02-555-0101", "설명회 일정, \"9월\" 가능할까요?\n두 줄");
        long elsewhere = submit("채다인", "다른산업", "010-4100-2299", "분양 문의");
        Http consultant = loggedIn();
        Document searched = search(consultant, "내보내기정밀").html();

        Http.Reply noReason = export(consultant, searched, "  ", "CSV");
        assertEquals(200, noReason.status(), noReason::toString);
        assertTrue(noReason.contentType().startsWith("text/html"), noReason.contentType());
        assertTrue(noReason.html().select(".form-alert").text().contains("내려받는 사유를 입력하세요"), noReason.body());
        Http.Reply tooShort = export(consultant, noReason.html(), "확인", "CSV");
        assertTrue(tooShort.html().select(".form-alert").text().contains("5자 이상"), tooShort.body());
        assertTrue(accessLog.about(first).isEmpty(), "no file, no record");

        Http.Reply file = export(consultant, tooShort.html(), "9월 설명회 참석자 연락 배정", "CSV");

        assertEquals(200, file.status(), file::toString);
        assertTrue(file.contentType().startsWith("text/csv"), file.contentType());
        String disposition = file.header("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment; filename=\"inquiries_"), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''%EC%83%81%EB%8B%B4%EC%8B%A0%EC%B2%AD_"), disposition);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file.bytes(), 3));
        String csv = new String(file.bytes(), 3, file.bytes().length - 3, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("접수번호,접수일시,이름,회사,연락처,이메일,상담분야,희망시간,내용,산업단지,상태,담당자,마케팅 동의\r\n"), csv);
        assertEquals(3, csv.split("\r\n", -1).length - 1, "headings and two rows, each ended by CRLF:\n" + csv);
        assertTrue(csv.contains("\r\n" + first + ",") && csv.contains("\r\n" + second + ","), csv);
        assertFalse(csv.contains("\r\n" + elsewhere + ","), csv);
        assertTrue(csv.contains(",길한솔,내보내기정밀,010-4100-2200,"), "unmasked: " + csv);
        assertTrue(csv.contains(",'=cmd|' /C calc'!A0 사업 문의,"), "the formula is neutralised: " + csv);
        assertTrue(csv.contains(",\"설명회 일정, \"\"9월\"\" 가능할까요?\n두 줄\","), "RFC 4180 quoting: " + csv);

        List<AccessRecord> records = accessLog.about(second);
        assertEquals(1, records.size());
        AccessRecord record = records.get(0);
        assertEquals(AccessAction.EXPORT, record.getAction());
        assertEquals(Staff.ADMIN, record.getStaffUsername());
        assertEquals("127.0.0.1", record.getClientAddress());
        assertEquals(List.of(first, second), record.getInquiryIds());
        assertEquals("9월 설명회 참석자 연락 배정", record.getReason());
        assertEquals("CSV", record.getFileFormat());
        assertTrue(
                accessLog.about(first).stream().anyMatch(r -> r.getId().equals(record.getId())),
                "the same record names the first inquiry too");
        assertTrue(accessLog.about(elsewhere).isEmpty());
    }

    @Test
    void anXlsxExportOpensInASpreadsheetWithTheRows() throws IOException {
        long first = submit("도하람", "엑셀출력산업", "010-6300-1100", "@SUM(A1) 입주 문의");
        long second = submit("탁서윤", "엑셀출력산업", "010-6300-2200", "공장 이전 문의");
        Http consultant = loggedIn();

        Http.Reply file = export(consultant, search(consultant, "엑셀출력").html(), "분기 보고용 상담 현황 정리", "XLSX");

        assertEquals(200, file.status(), file::toString);
        assertTrue(
                file.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                file.contentType());
        assertTrue(file.header("Content-Disposition").orElseThrow().contains(".xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("접수번호", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("마케팅 동의", sheet.getRow(0).getCell(12).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum(), "headings and two rows");
            Map<Long, Row> rows = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.put((long) sheet.getRow(r).getCell(0).getNumericCellValue(), sheet.getRow(r));
            }
            assertEquals(List.of(first, second), rows.keySet().stream().sorted().toList());
            assertEquals("도하람", rows.get(first).getCell(2).getStringCellValue());
            assertEquals("010-6300-1100", rows.get(first).getCell(4).getStringCellValue());
            assertEquals("@SUM(A1) 입주 문의", rows.get(first).getCell(8).getStringCellValue(), "text, never a formula");
            assertEquals("접수", rows.get(second).getCell(10).getStringCellValue());
        }
        AccessRecord record = accessLog.about(first).get(0);
        assertEquals(AccessAction.EXPORT, record.getAction());
        assertEquals("XLSX", record.getFileFormat());
        assertEquals(List.of(first, second), record.getInquiryIds());
    }

    private static Http loggedIn() {
        Http consultant = new Http();
        assertEquals(
                302, Staff.logIn(consultant, Staff.ADMIN, Staff.ADMIN_PASSWORD).status());
        return consultant;
    }

    /** Types the text into the search box of /admin/inquiries and presses 검색 (a plain postback, as without JavaScript). */
    private static Http.Reply search(Http consultant, String text) {
        Document page = consultant.get("/admin/inquiries").html();
        Http.Reply reply = consultant.postForm(
                Forms.action(page, "inquiries"), Forms.submission(page, "inquiries", Map.of("inquiries:q", text)));
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }

    /** The inquiry numbers the table lists for a search, in order. */
    private static List<Long> found(Http consultant, String text) {
        return search(consultant, text).html().select("a.open-link").stream()
                .map(a -> Long.parseLong(a.attr("href").replaceAll(".*id=", "")))
                .toList();
    }

    private static Http.Reply export(Http consultant, Document page, String reason, String format) {
        return consultant.postForm(
                Forms.action(page, "export"),
                Forms.submission(page, "export", Map.of("export:reason", reason, "export:format", format)));
    }

    private static long submit(String name, String company, String phone, String message) {
        Http.Reply reply = new Http()
                .postJson(
                        "/api/inquiries",
                        Requests.validInquiry(b -> b.add("name", name)
                                .add("company", company)
                                .add("phone", phone)
                                .add("message", message)));
        assertEquals(201, reply.status(), reply::toString);
        return Requests.json(reply.body()).getJsonNumber("id").longValue();
    }
}
