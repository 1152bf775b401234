package kr.co.saenal.sandan.inquiry.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.inquiry.Inquiry;
import kr.co.saenal.sandan.inquiry.InquiryChannel;
import kr.co.saenal.sandan.inquiry.InquiryRepository;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.inquiry.InquiryTopic;
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

/** Personal data is kept as long as the consent notice says, then destroyed for good; a statistic remains. */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    PersonalDataRetention retention;

    @Inject
    InquiryRepository inquiries;

    @Inject
    AccessLog accessLog;

    @Inject
    StaffAccounts accounts;

    @Inject
    Backdating backdating;

    @Test
    void closedRequestsPastTheirPeriodLoseTheirPersonalDataAndKeepTheirStatistic() {
        long expired = submit("오래된신청", "010-1111-0001");
        long recent = submit("최근신청", "010-1111-0002");
        long open = submit("진행중신청", "010-1111-0003");
        backdating.close(expired, Instant.now().minus(Duration.ofDays(3 * 366)));
        backdating.close(recent, Instant.now().minus(Duration.ofDays(30)));
        backdating.receivedLongAgo(open, Instant.now().minus(Duration.ofDays(5 * 366)));

        assertTrue(retention.destroyExpired() >= 1);

        Inquiry destroyed = inquiries.find(expired).orElseThrow();
        assertEquals(Inquiry.DESTROYED, destroyed.getName());
        assertEquals("", destroyed.getPhone());
        assertEquals("", destroyed.getEmail());
        assertEquals("", destroyed.getMessage());
        assertEquals(null, destroyed.getCompany());
        assertTrue(destroyed.isDestroyed());
        assertEquals(InquiryStatus.DONE, destroyed.getStatus(), "the statistic stays: status");
        assertEquals(InquiryTopic.RESTRUCTURING, destroyed.getTopic(), "topic");
        assertEquals(InquiryChannel.API, destroyed.getChannel(), "channel");
        assertFalse(backdating.anyOutboxMail(expired), "the mails about it are gone too");
        List<AccessRecord> records = accessLog.about(expired);
        assertTrue(records.stream()
                .anyMatch(r -> r.getAction() == AccessAction.DESTROY
                        && r.getStaffUsername().equals("system")));

        assertEquals("최근신청", inquiries.find(recent).orElseThrow().getName(), "closed a month ago: kept");
        assertEquals("진행중신청", inquiries.find(open).orElseThrow().getName(), "never closed: kept");
        assertEquals(0, retention.destroyExpired(), "nothing is destroyed twice");
    }

    @Test
    void anAdministratorDestroysOneRequestOnDemandWithAReason() {
        long id = submit("파기요청", "010-1111-0004");
        Http admin = new Http();
        Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        Document page = admin.get("/admin/inquiry?id=" + id).html();

        Document refused = admin.postForm(
                        Forms.action(page, "destroy"), Forms.submission(page, "destroy", Map.of("destroy:reason", "")))
                .html();
        assertTrue(refused.text().contains("파기 사유를 5자 이상"));
        assertEquals("파기요청", inquiries.find(id).orElseThrow().getName());

        Document done = admin.postForm(
                        Forms.action(refused, "destroy"),
                        Forms.submission(refused, "destroy", Map.of("destroy:reason", "신청인 본인의 전화 요청")))
                .html();
        assertTrue(done.text().contains("개인정보를 파기했습니다"), done.text());
        assertEquals(Inquiry.DESTROYED, inquiries.find(id).orElseThrow().getName());
        assertTrue(accessLog.about(id).stream()
                .anyMatch(r -> r.getAction() == AccessAction.DESTROY
                        && "신청인 본인의 전화 요청".equals(r.getReason())
                        && r.getStaffUsername().equals(Staff.ADMIN)));

        accounts.createOnce("consultant-retention", "Consultant-Ret-1", Role.CONSULTANT);
        Http consultant = new Http();
        Staff.logIn(consultant, "consultant-retention", "Consultant-Ret-1");
        assertTrue(
                consultant
                        .get("/admin/inquiry?id=" + id)
                        .html()
                        .select("form#destroy")
                        .isEmpty(),
                "only administrators are offered the button");
    }

    private static long submit(String name, String phone) {
        Http.Reply created = new Http()
                .postJson(
                        "/api/inquiries",
                        Requests.validInquiry(
                                b -> b.add("name", name).add("phone", phone).add("topic", "RESTRUCTURING")));
        assertEquals(201, created.status(), created::toString);
        return Requests.json(created.body()).getJsonNumber("id").longValue();
    }
}
