package kr.co.saenal.sandan.security.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.inquiry.InquirySearch;
import kr.co.saenal.sandan.inquiry.StaffActor;
import kr.co.saenal.sandan.inquiry.export.ExportFormat;
import kr.co.saenal.sandan.inquiry.export.InquiryExport;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administrators read the access log of personal data; nobody else can. */
@ExtendWith(ArquillianExtension.class)
class AccessLogPageIT {

    private static final String PAGE = "/admin/system/access-log";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    StaffAccounts accounts;

    @Inject
    InquiryExport export;

    @Test
    void administratorsSeeOpeningsAndExportsNewestFirstAndFilterThem() {
        long opened = submit("허접속", "접속기록산업");
        long exported = submit("금기록", "접속기록산업");
        Http admin = new Http();
        assertEquals(302, Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD).status());
        assertEquals(200, admin.get("/admin/inquiry?id=" + opened).status());
        java.time.Instant exportedAt = java.time.Instant.now();
        export.export(
                new InquirySearch(null, "접속기록산업"),
                ExportFormat.XLSX,
                "접속기록 화면 점검용 자료",
                new StaffActor("consultant-log", "10.1.2.3"));

        Http.Reply reply = admin.get(PAGE);
        assertEquals(200, reply.status(), reply::toString);
        Document page = reply.html();
        assertTrue(page.select(".admin-nav a.active").text().contains("개인정보 접속기록"));
        List<Element> rows = page.select("#access-log\\:table tbody tr");
        Element newest = rows.get(0);
        assertTrue(newest.text().contains("consultant-log"), newest.text());
        assertTrue(newest.text().contains("10.1.2.3"));
        assertTrue(newest.text().contains("다운로드 (XLSX)"));
        assertTrue(newest.text().contains("접속기록 화면 점검용 자료"));
        // the day it was recorded on (tables write 2026.12.02 22:37), also when Korea's midnight fell during the test
        assertTrue(
                newest.text().contains(KoreanTime.shortDate(exportedAt))
                        || newest.text().contains(KoreanTime.shortDate(java.time.Instant.now())),
                newest.text());
        assertEquals(
                List.of("/admin/inquiry?id=" + opened, "/admin/inquiry?id=" + exported),
                newest.select("a.inquiry-link").eachAttr("href"));
        assertTrue(
                rows.get(1).text().contains("열람") && rows.get(1).text().contains(Staff.ADMIN),
                rows.get(1).text());

        Document byInquiry = filter(admin, page, Map.of("access-log:inquiry", Long.toString(exported)));
        assertEquals(1, byInquiry.select("#access-log\\:table tbody tr").size(), byInquiry.text());
        Document openingsOfIt =
                filter(admin, page, Map.of("access-log:inquiry", Long.toString(opened), "access-log:action", "VIEW"));
        assertEquals(1, openingsOfIt.select("#access-log\\:table tbody tr").size(), openingsOfIt.text());
        Document byStaff = filter(admin, page, Map.of("access-log:staff", "CONSULTANT-LOG"));
        assertTrue(byStaff.select("#access-log\\:table tbody tr").stream()
                .allMatch(r -> r.text().contains("consultant-log")));
        LocalDate today = LocalDate.now(KoreanTime.ZONE);
        Document todays = filter(
                admin,
                page,
                Map.of(
                        "access-log:inquiry",
                        Long.toString(exported),
                        "access-log:from",
                        today.toString(),
                        "access-log:to",
                        today.toString()));
        assertEquals(
                1,
                todays.select("#access-log\\:table tbody tr a.inquiry-link").eachText().stream()
                        .filter(id -> id.equals(Long.toString(exported)))
                        .count(),
                todays.text());
        Document yesterdays = filter(
                admin,
                page,
                Map.of(
                        "access-log:inquiry",
                        Long.toString(exported),
                        "access-log:to",
                        today.minusDays(1).toString()));
        assertTrue(yesterdays.text().contains("접속기록이 없습니다"), yesterdays.text());
        Document badNumber = filter(admin, page, Map.of("access-log:inquiry", "열두"));
        assertTrue(badNumber.select(".form-alert").text().contains("상담 번호는 숫자로"), badNumber.text());
    }

    @Test
    void onlyAdministratorsMayReadTheAccessLog() {
        accounts.create("editor-log", "Editor-Log-1", Role.EDITOR);
        accounts.create("consultant-log-page", "Consultant-Log-1", Role.CONSULTANT);
        for (String[] login :
                new String[][] {{"editor-log", "Editor-Log-1"}, {"consultant-log-page", "Consultant-Log-1"}}) {
            Http staff = new Http();
            assertEquals(302, Staff.logIn(staff, login[0], login[1]).status());
            assertEquals(403, staff.get(PAGE).status(), login[0]);
            assertEquals(403, staff.get(PAGE + ".xhtml").status(), login[0]);
        }
        Http.Reply anonymous = new Http().get(PAGE);
        assertEquals(302, anonymous.status());
        assertTrue(
                anonymous.header("Location").orElseThrow().contains("/login"),
                anonymous.header("Location").toString());
    }

    private static Document filter(Http admin, Document page, Map<String, String> typed) {
        Http.Reply reply =
                admin.postForm(Forms.action(page, "access-log"), Forms.submission(page, "access-log", typed));
        assertEquals(200, reply.status(), reply::toString);
        return reply.html();
    }

    private static long submit(String name, String company) {
        Http.Reply reply = new Http()
                .postJson(
                        "/api/inquiries",
                        Requests.validInquiry(b -> b.add("name", name).add("company", company)));
        assertEquals(201, reply.status(), reply::toString);
        return Requests.json(reply.body()).getJsonNumber("id").longValue();
    }
}
