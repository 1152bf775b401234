package kr.co.saenal.sandan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.testsupport.BackOffice;
import kr.co.saenal.sandan.testsupport.Browser;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/** A consultant, in a real browser: opens a new request, takes it on, and exports the list with a reason. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultantJourneyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aConsultantTakesOnARequestAndExportsTheListAsCsv() throws Exception {
        long id = submitInquiry();
        createConsultant("kim-consultant", "김상담");
        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            browser.open("/admin/inquiries");
            browser.type("input[name='login:username']", Staff.ADMIN);
            browser.type("input[name='login:password']", Staff.ADMIN_PASSWORD);
            browser.click("[id='login:submit']");
            browser.waitFor(".admin-table");

            browser.type("[id='inquiries:q']", "브라우저상담");
            browser.click("[id='inquiries:search']");
            browser.waitForCount(".admin-table tbody tr", 1);
            browser.waitFor("a.open-link[href$='id=" + id + "']");
            assertTrue(
                    browser.driver()
                            .getCurrentUrl()
                            .contains("q=%EB%B8%8C%EB%9D%BC%EC%9A%B0%EC%A0%80%EC%83%81%EB%8B%B4"),
                    "the search is kept in the address: " + browser.driver().getCurrentUrl());
            browser.screenshot("consultant-01-search");

            browser.click("a.open-link[href$='id=" + id + "']");
            browser.waitFor("#detail-name");
            assertEquals("브라우저상담", browser.find("#detail-name").getText());
            new Select(browser.find("[id='inquiry:status']")).selectByValue("IN_PROGRESS");
            new Select(browser.find("[id='inquiry:assignee']")).selectByValue(Staff.ADMIN);
            browser.type("[id='inquiry:note']", "내일 오전 10시에 전화 드리기로 함");
            browser.click("[id='inquiry:save']");
            browser.waitForText("저장했습니다");
            browser.waitForCount(".timeline-NOTE", 1);
            new Select(browser.find("[id='inquiry:assignee']")).selectByValue("kim-consultant");
            browser.type("[id='inquiry:note']", "통화함: 다음 주 화요일 방문 상담");
            browser.click("[id='inquiry:save']");
            browser.waitForCount(".timeline-NOTE", 2);
            List<String> history = browser.all(".timeline-entry").stream()
                    .filter(e -> !e.getAttribute("data-kind").startsWith("MAIL"))
                    .map(e -> e.getAttribute("data-kind") + ": " + e.getText().replace('\n', ' '))
                    .toList();
            assertEquals(6, history.size(), () -> String.join("\n", history));
            assertTrue(history.get(0).startsWith("RECEIVED"), history.get(0));
            assertTrue(history.get(1).contains("상태: 접수 → 상담중"), history.get(1));
            assertTrue(history.get(2).contains("담당자 지정: admin"), history.get(2));
            assertTrue(history.get(3).contains("내일 오전 10시에 전화 드리기로 함"), history.get(3));
            assertTrue(history.get(4).contains("담당자 변경: admin → kim-consultant"), history.get(4));
            assertTrue(history.get(5).contains("다음 주 화요일 방문 상담"), history.get(5));
            assertEquals("", browser.find("[id='inquiry:note']").getAttribute("value"), "ready for the next note");
            browser.screenshotWholePage("consultant-02-detail");

            browser.click(".timeline-NOTE .timeline-edit");
            browser.waitFor("textarea[id$='editedText']");
            browser.type("textarea[id$='editedText']", "내일 오전 11시로 통화 시간을 옮김");
            browser.click("[id$='saveEdit']");
            browser.waitFor(".timeline-earlier summary");
            browser.click(".timeline-earlier summary");
            assertTrue(
                    browser.find(".timeline-earlier").getText().contains("내일 오전 10시에 전화 드리기로 함"),
                    "an administrator reads what the note said before");
            String edited = browser.find(".timeline-NOTE").getText();
            assertTrue(edited.contains("11시로 통화 시간을 옮김") && edited.contains("(고침)"), edited);
            browser.screenshot("consultant-02b-edited-note");

            browser.open("/admin/inquiries");
            browser.type("[id='inquiries:q']", "브라우저상담");
            browser.click("[id='inquiries:search']");
            browser.waitForText("상담중");
            browser.click(".toolbar-end");
            browser.click("[id='export:download']");
            browser.waitForText("사유");
            browser.type("[id='export:reason']", "이번 주 상담 배정 회의 자료");
            browser.screenshot("consultant-03-export-dialog");
            browser.click("[id='export:download']");

            Path csv = browser.downloaded(".csv");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).startsWith("\uFEFF"), "a BOM so that Excel reads Korean");
            assertEquals(2, lines.size(), () -> String.join("\n", lines));
            assertTrue(lines.get(1).contains("브라우저상담") && lines.get(1).contains("상담중"), lines.get(1));

            browser.open("/admin/inquiry?id=" + id);
            browser.waitFor(".timeline-EXPORTED");
            assertTrue(
                    browser.find(".timeline-EXPORTED").getText().contains("이번 주 상담 배정 회의 자료"),
                    "the export is part of the history");
            List<String> errors = browser.consoleErrors();
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }
    }

    /** A consultant account made by the administrator on the users page (enabled: it may be assigned requests). */
    private static void createConsultant(String username, String displayName) {
        Http admin = new Http();
        Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        Http.Reply created = BackOffice.submitWithRoles(
                admin,
                "/admin/system/users",
                "create",
                Map.of(
                        "create:username",
                        username,
                        "create:displayName",
                        displayName,
                        "create:password",
                        "Temp-Pass-2026"),
                Role.CONSULTANT);
        assertEquals(200, created.status(), created::toString);
    }

    private long submitInquiry() throws IOException, InterruptedException {
        HttpResponse<String> created = Http.clientBuilder()
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString()).resolve("/api/inquiries"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(Requests.validInquiry(
                                        b -> b.add("name", "브라우저상담").add("phone", "010-8282-1004"))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        return Requests.json(created.body()).getJsonNumber("id").longValue();
    }
}
