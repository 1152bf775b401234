package kr.co.saenal.sandan.inquiry.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.inquiry.Inquiry;
import kr.co.saenal.sandan.inquiry.InquiryDesk;
import kr.co.saenal.sandan.inquiry.InquiryDestroyedException;
import kr.co.saenal.sandan.inquiry.InquiryRepository;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.inquiry.StaffActor;
import kr.co.saenal.sandan.inquiry.retention.PersonalDataRetention;
import kr.co.saenal.sandan.security.AccessAction;
import kr.co.saenal.sandan.security.AccessLog;
import kr.co.saenal.sandan.security.AccessRecord;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.testsupport.Backdating;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A consultant works through the back office: a masked table, an opening that is recorded, a status change. */
@ExtendWith(ArquillianExtension.class)
class InquiryPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    AccessLog accessLog;

    @Inject
    InquiryRepository inquiries;

    @Inject
    StaffAccounts accounts;

    @Inject
    InquiryDesk desk;

    @Inject
    PersonalDataRetention retention;

    @Inject
    Backdating backdating;

    @Test
    void theTableMasksAndTheDetailViewIsRecordedAndChangesTheStatus() {
        long id = Requests.json(new Http()
                        .postJson(
                                "/api/inquiries",
                                Requests.validInquiry(b -> b.add("name", "한상담").add("phone", "010-4444-5555")))
                        .body())
                .getJsonNumber("id")
                .longValue();
        Http consultant = new Http();
        assertEquals(
                302, Staff.logIn(consultant, Staff.ADMIN, Staff.ADMIN_PASSWORD).status());

        Document table = consultant.get("/admin/inquiries").html();
        assertTrue(table.select(".masked-name").eachText().contains("한*담"), table.text());
        assertFalse(table.text().contains("한상담"));
        assertTrue(accessLog.about(id).isEmpty(), "a masked list is not an access to personal data");

        Http.Reply opened = consultant.get("/admin/inquiry?id=" + id);
        assertEquals(200, opened.status());
        Document page = opened.html();
        assertEquals("한상담", page.getElementById("detail-name").text());
        List<AccessRecord> records = accessLog.about(id);
        assertEquals(1, records.size());
        assertEquals(AccessAction.VIEW, records.get(0).getAction());

        Http.Reply saved = consultant.postForm(
                Forms.action(page, "inquiry"),
                Forms.submission(
                        page,
                        "inquiry",
                        Map.of(
                                "inquiry:status",
                                "IN_PROGRESS",
                                "inquiry:assignee",
                                "admin",
                                "inquiry:memo",
                                "오후 3시 통화함")));
        assertEquals(200, saved.status(), saved::toString);
        assertTrue(saved.html().text().contains("저장했습니다"), saved.html().text());
        assertEquals(InquiryStatus.IN_PROGRESS, inquiries.find(id).orElseThrow().getStatus());
        assertEquals("오후 3시 통화함", inquiries.find(id).orElseThrow().getMemo());
        assertEquals(
                2,
                accessLog.about(id).size(),
                "the change is recorded too; pressing save did not re-record the opening");
    }

    @Test
    void aFormOpenedBeforeAnAdministratorDestroyedTheInquiryCannotWriteIntoIt() {
        long id = submit("파기화면", "010-4040-0001");
        Http consultant = new Http();
        Staff.logIn(consultant, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        Document openedBefore = consultant.get("/admin/inquiry?id=" + id).html();

        desk.destroy(id, new StaffActor(Staff.ADMIN, "127.0.0.1"), "신청인 본인의 전화 요청");

        assertStaleFormRefused(consultant, openedBefore, id, InquiryStatus.RECEIVED);
        assertNothingOffered(consultant, id);
    }

    @Test
    void aRequestIsDestroyedOnceAndRecordedOnce() {
        long id = submit("두번파기", "010-4040-0003");
        StaffActor admin = new StaffActor(Staff.ADMIN, "127.0.0.1");
        desk.destroy(id, admin, "신청인 본인의 전화 요청");

        assertThrows(InquiryDestroyedException.class, () -> desk.destroy(id, admin, "같은 요청을 다시 보냄"));

        assertEquals(
                1,
                accessLog.about(id).stream()
                        .filter(r -> r.getAction() == AccessAction.DESTROY)
                        .count(),
                "a second destruction is refused, not recorded");
    }

    @Test
    void aFormOpenedBeforeTheRetentionPurgeDestroyedTheInquiryCannotWriteIntoIt() {
        long id = submit("보유기간화면", "010-4040-0002");
        Http consultant = new Http();
        Staff.logIn(consultant, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        Document openedBefore = consultant.get("/admin/inquiry?id=" + id).html();

        backdating.close(id, Instant.now().minus(Duration.ofDays(3 * 366)));
        retention.destroyExpired();

        assertStaleFormRefused(consultant, openedBefore, id, InquiryStatus.DONE);
        assertNothingOffered(consultant, id);
    }

    private void assertStaleFormRefused(
            Http consultant, Document openedBefore, long id, InquiryStatus statusAtDestruction) {
        Http.Reply refused = consultant.postForm(
                Forms.action(openedBefore, "inquiry"),
                Forms.submission(
                        openedBefore,
                        "inquiry",
                        Map.of(
                                "inquiry:status",
                                "IN_PROGRESS",
                                "inquiry:assignee",
                                "consultant9",
                                "inquiry:memo",
                                "신청인 새 연락처 010-9999-8888")));
        assertEquals(200, refused.status(), refused::toString);
        String text = refused.html().text();
        assertFalse(text.contains("저장했습니다"), text);
        assertTrue(text.contains("개인정보가 파기된 상담 신청이라"), text);
        assertFalse(text.contains("파기화면") || text.contains("보유기간화면"), "the page no longer shows what was destroyed");
        Inquiry stored = inquiries.find(id).orElseThrow();
        assertEquals(Inquiry.DESTROYED, stored.getName());
        assertEquals(null, stored.getMemo());
        assertEquals(null, stored.getAssignee());
        assertEquals(statusAtDestruction, stored.getStatus());
    }

    /** Opened after the destruction: the controls are disabled, there is no save button, and the page says why. */
    private static void assertNothingOffered(Http consultant, long id) {
        Document page = consultant.get("/admin/inquiry?id=" + id).html();
        assertTrue(page.getElementById("destroyed-notice").text().contains("개인정보가 파기되어"), page.text());
        for (String control : new String[] {"inquiry:status", "inquiry:assignee", "inquiry:memo"}) {
            assertTrue(page.getElementById(control).hasAttr("disabled"), control);
        }
        assertTrue(page.select("#inquiry input[type=submit]").isEmpty(), "no save button");
        assertTrue(page.select("form#destroy").isEmpty(), "nothing left to destroy");
    }

    private static long submit(String name, String phone) {
        return Requests.json(new Http()
                        .postJson(
                                "/api/inquiries",
                                Requests.validInquiry(b -> b.add("name", name).add("phone", phone)))
                        .body())
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    void editorsCannotSeeInquiries() {
        accounts.create("editor-pages", "Editor-Pages-1", Role.EDITOR);
        Http editor = new Http();
        assertEquals(302, Staff.logIn(editor, "editor-pages", "Editor-Pages-1").status());

        assertEquals(200, editor.get("/admin/").status());
        assertFalse(editor.get("/admin/").html().select(".admin-nav").text().contains("상담 신청"));
        assertEquals(403, editor.get("/admin/inquiries").status());
        assertEquals(403, editor.get("/admin/inquiry?id=1").status());
    }

    @Test
    void anUnknownInquiryIsNotFound() {
        Http consultant = new Http();
        Staff.logIn(consultant, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        assertEquals(404, consultant.get("/admin/inquiry?id=999999").status());
    }
}
