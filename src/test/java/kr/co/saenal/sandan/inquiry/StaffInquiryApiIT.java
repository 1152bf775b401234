package kr.co.saenal.sandan.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.co.saenal.sandan.inquiry.consent.ConsentNoticeRepository;
import kr.co.saenal.sandan.inquiry.retention.PersonalDataRetention;
import kr.co.saenal.sandan.security.AccessAction;
import kr.co.saenal.sandan.security.AccessLog;
import kr.co.saenal.sandan.security.AccessRecord;
import kr.co.saenal.sandan.testsupport.Backdating;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff read and work on inquiries through the API; every look at one is in the access log. */
@ExtendWith(ArquillianExtension.class)
class StaffInquiryApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    AccessLog accessLog;

    @Inject
    ConsentNoticeRepository consentNotices;

    @Inject
    InquiryRepository inquiries;

    @Inject
    InquiryDesk desk;

    @Inject
    PersonalDataRetention retention;

    @Inject
    Backdating backdating;

    private final Http anonymous = new Http();
    private final String admin = Http.basic(Staff.ADMIN, Staff.ADMIN_PASSWORD);

    @Test
    void listsMaskPersonalData() {
        long id = submit("박실장", "010-2222-3333");

        Http.Reply reply = new Http().get("/api/inquiries?size=100", "Authorization", admin);

        assertEquals(200, reply.status(), reply::toString);
        assertFalse(reply.body().contains("박실장"), "full names never appear in a list");
        assertFalse(reply.body().contains("010-2222-3333"));
        JsonObject row = Requests.json(reply.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
        assertEquals("박*장", row.getString("name"));
        assertEquals("010-****-3333", row.getString("phone"));
        assertEquals("RECEIVED", row.getString("status"));
    }

    @Test
    void theListSearchesByNameCompanyOrPhoneDigits() {
        long id = submit("탐색중", "010-9191-4040");

        for (String q : new String[] {"탐색", "01091914040", "9191-4040"}) {
            Http.Reply reply = new Http()
                    .get(
                            "/api/inquiries?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8),
                            "Authorization",
                            admin);
            assertEquals(200, reply.status(), reply::toString);
            List<Long> ids = Requests.json(reply.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(i -> i.getJsonNumber("id").longValue())
                    .toList();
            assertEquals(List.of(id), ids, q);
        }
    }

    @Test
    void openingAnInquiryShowsEverythingAndIsRecorded() {
        int currentNotice = consentNotices.current().getVersion(); // other tests may publish newer versions
        long id = submit("최과장", "031-555-1234");

        Http.Reply reply = new Http().get("/api/inquiries/" + id, "Authorization", admin);

        assertEquals(200, reply.status(), reply::toString);
        JsonObject details = Requests.json(reply.body());
        assertEquals("최과장", details.getString("name"));
        assertEquals("031-555-1234", details.getString("phone"));
        assertEquals(currentNotice, details.getJsonObject("consent").getInt("noticeVersion"));
        AccessRecord record = accessLog.about(id).get(0);
        assertEquals(AccessAction.VIEW, record.getAction());
        assertEquals(Staff.ADMIN, record.getStaffUsername());
        assertEquals("127.0.0.1", record.getClientAddress());
        assertEquals(List.of(id), record.getInquiryIds());
    }

    @Test
    void consultantsMoveAnInquiryThroughTheWorkflow() {
        long id = submit("이대리", "010-7777-8888");

        JsonObject taken =
                patch(id, "{\"status\": \"IN_PROGRESS\", \"assignee\": \"admin\", \"note\": \"내일 오전 통화 예정\"}", 200);
        assertEquals("IN_PROGRESS", taken.getString("status"));
        assertEquals("admin", taken.getString("assignee"));
        assertEquals(List.of("내일 오전 통화 예정"), notes(taken));
        JsonObject done = patch(id, "{\"status\": \"DONE\", \"memo\": \"완료: 방문 상담 일정 확정\"}", 200);
        assertEquals("DONE", done.getString("status"));
        assertEquals(List.of("내일 오전 통화 예정", "완료: 방문 상담 일정 확정"), notes(done), "memo is note's older name");
        List<String> kinds = done.getJsonArray("timeline").stream()
                .map(v -> v.asJsonObject().getString("kind"))
                .filter(k -> !k.startsWith("MAIL"))
                .toList();
        assertEquals(List.of("RECEIVED", "STATUS", "ASSIGNED", "NOTE", "STATUS", "NOTE"), kinds, done.toString());
        JsonObject firstMove = done.getJsonArray("timeline").stream()
                .map(v -> v.asJsonObject())
                .filter(o -> o.getString("kind").equals("STATUS"))
                .findFirst()
                .orElseThrow();
        assertEquals("상태: 접수 → 상담중", firstMove.getString("text"));
        assertEquals(Staff.ADMIN, firstMove.getString("actor"));

        List<AccessAction> actions =
                accessLog.about(id).stream().map(AccessRecord::getAction).toList();
        assertEquals(List.of(AccessAction.UPDATE, AccessAction.UPDATE), actions);
    }

    @Test
    void theWorkflowRefusesToSkipSteps() {
        long id = submit("정사원", "010-1111-0000");
        JsonObject problem = patch(id, "{\"status\": \"DONE\"}", 409);
        assertTrue(problem.getString("detail").contains("접수"), problem.toString());
        assertEquals(
                400, anonymousPatchAs(admin, id, "{\"status\": \"FINISHED\"}").status());
        assertEquals(400, anonymousPatchAs(admin, id, "{\"priority\": 1}").status());
        assertEquals(
                404,
                new Http().get("/api/inquiries/999999", "Authorization", admin).status());
        JsonObject nobody = patch(id, "{\"assignee\": \"nobody-here\"}", 400);
        assertEquals("assignee", nobody.getJsonArray("errors").getJsonObject(0).getString("field"), nobody::toString);
        assertNull(inquiries.find(id).orElseThrow().getAssignee(), "an unknown account is not assigned");
    }

    @Test
    void aStaffClientThatAsksForEnglishIsRefusedInEnglish() {
        long id = submit("영어사용", "010-1111-0001");
        Http.Reply reply = new Http()
                .sendWithHeaders(
                        "PATCH",
                        "/api/inquiries/" + id,
                        "{\"status\": \"DONE\"}".getBytes(StandardCharsets.UTF_8),
                        List.of("Content-Type", "application/json", "Authorization", admin, "Accept-Language", "en"));
        assertEquals(409, reply.status(), reply::toString);
        JsonObject problem = Requests.json(reply.body());
        assertEquals("The status cannot be changed.", problem.getString("title"));
        assertEquals("An inquiry cannot move from 'Received' to 'Done'.", problem.getString("detail"));
        assertEquals(
                "상태를 바꿀 수 없습니다.",
                patch(id, "{\"status\": \"DONE\"}", 409).getString("title"),
                "Korean without Accept-Language");
    }

    @Test
    void anInquiryAnAdministratorDestroyedTakesNoMoreChanges() {
        long id = submit("파기요청인", "010-3030-0001");
        patch(id, "{\"status\": \"IN_PROGRESS\", \"assignee\": \"admin\", \"memo\": \"첫 통화\"}", 200);
        desk.destroy(id, new StaffActor(Staff.ADMIN, "127.0.0.1"), "신청인 본인의 전화 요청");

        assertEveryChangeRefused(id, "DONE");
    }

    @Test
    void anInquiryTheRetentionPurgeDestroyedTakesNoMoreChanges() {
        long id = submit("보유기간경과", "010-3030-0002");
        patch(id, "{\"status\": \"IN_PROGRESS\", \"assignee\": \"admin\", \"memo\": \"첫 통화\"}", 200);
        backdating.close(id, Instant.now().minus(Duration.ofDays(3 * 366)));
        retention.destroyExpired();
        assertTrue(inquiries.find(id).orElseThrow().isDestroyed());

        assertEveryChangeRefused(id, "IN_PROGRESS");
    }

    /** A memo, an assignee, a move the workflow would otherwise allow, even nothing: each answered 409, none stored. */
    private void assertEveryChangeRefused(long id, String allowedMove) {
        Inquiry before = inquiries.find(id).orElseThrow();
        for (String change : new String[] {
            "{\"memo\": \"신청인 새 연락처 010-9999-8888\"}",
            "{\"assignee\": \"consultant9\"}",
            "{\"status\": \"" + allowedMove + "\"}",
            "{\"status\": \"" + before.getStatus() + "\"}",
            "{}"
        }) {
            Http.Reply reply = anonymousPatchAs(admin, id, change);
            assertEquals(409, reply.status(), () -> change + " → " + reply);
            assertEquals("application/problem+json", reply.contentType());
            JsonObject problem = Requests.json(reply.body());
            assertEquals(409, problem.getInt("status"));
            assertEquals("https://sandan.saenal.example/problems/inquiry-destroyed", problem.getString("type"));
            assertTrue(problem.getString("detail").contains("파기"), problem::toString);
        }
        Inquiry after = inquiries.find(id).orElseThrow();
        assertEquals(1, desk.notes(id).size(), "only the note written before");
        assertEquals("admin", after.getAssignee());
        assertEquals(before.getStatus(), after.getStatus());
        assertEquals(before.getClosedAt(), after.getClosedAt());
        assertEquals(Inquiry.DESTROYED, after.getName());
        Http.Reply read = new Http().get("/api/inquiries/" + id, "Authorization", admin);
        assertEquals(200, read.status(), "still readable");
        assertEquals(
                after.getDestroyedAt().toString(), Requests.json(read.body()).getString("destroyedAt"));
    }

    /** The notes' texts in a request's timeline, oldest first. */
    private static List<String> notes(JsonObject details) {
        return details.getJsonArray("timeline").stream()
                .map(v -> v.asJsonObject())
                .filter(o -> o.getString("kind").equals("NOTE"))
                .map(o -> o.getString("body"))
                .toList();
    }

    private JsonObject patch(long id, String json, int expectedStatus) {
        Http.Reply reply = anonymousPatchAs(admin, id, json);
        assertEquals(expectedStatus, reply.status(), reply::toString);
        return Requests.json(reply.body());
    }

    private Http.Reply anonymousPatchAs(String authorization, long id, String json) {
        return new Http()
                .send(
                        "PATCH",
                        "/api/inquiries/" + id,
                        "application/json",
                        json.getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        authorization);
    }

    private long submit(String name, String phone) {
        Http.Reply reply = anonymous.postJson(
                "/api/inquiries", Requests.validInquiry(b -> b.add("name", name).add("phone", phone)));
        assertEquals(201, reply.status(), reply::toString);
        return Requests.json(reply.body()).getJsonNumber("id").longValue();
    }
}
