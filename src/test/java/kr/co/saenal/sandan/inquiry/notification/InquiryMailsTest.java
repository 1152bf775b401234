package kr.co.saenal.sandan.inquiry.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kr.co.saenal.sandan.inquiry.ContactTime;
import kr.co.saenal.sandan.inquiry.Inquiry;
import kr.co.saenal.sandan.inquiry.InquiryChannel;
import kr.co.saenal.sandan.inquiry.InquiryTopic;
import kr.co.saenal.sandan.inquiry.consent.ConsentNotice;
import kr.co.saenal.sandan.inquiry.consent.ConsentNoticeText;
import kr.co.saenal.sandan.platform.PhoneNumber;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.site.SiteSettings;
import org.junit.jupiter.api.Test;

/**
 * The mails about a new request, word for word: the acknowledgement in the language the requester used, the staff
 * notice in Korean. The Korean texts are the ones the site has always sent.
 */
class InquiryMailsTest {

    private static final SiteSettings SITE =
            new SiteSettings("새날드림", "SAENAL", "031-613-3060", "평일 09:00~18:00", "help@sandan.test", "", "");

    private static final String KOREAN_ACKNOWLEDGEMENT = """
            김신청님, 안녕하세요.

            새날드림에 1:1 전문가 무료상담을 신청해 주셔서 감사합니다.
            신청하신 내용이 아래와 같이 접수되었습니다.

              접수번호: 1234
              접수일시: 2026년 11월 26일 오전 9:00
              상담 분야: 구조고도화·재생사업
              희망 시간: 평일 오전 (9시~12시)

            담당 전문가가 내용을 살펴본 뒤 영업일 기준 하루 안에 010-1234-5678 번호로 연락드리겠습니다.
            급하신 경우 031-613-3060(평일 09:00~18:00)으로 전화 주세요.

            이 메일은 상담 신청을 확인해 드리기 위해 보내는 안내 메일입니다. 직접 신청하지 않으셨다면 help@sandan.test로 알려 주세요.

            새날드림 드림
            """;

    private static final String STAFF_NOTICE = """
            새 상담 신청이 접수되었습니다.

              접수번호: 1234
              접수일시: 2026년 11월 26일 오전 9:00
              신청인: 김*청 (010-****-5678)
              회사: 새날산업
              상담 분야: 구조고도화·재생사업
              접수 경로: 상담 신청 페이지

            자세한 내용은 관리 화면에서 확인해 주세요 (열람 기록이 남습니다):
            https://sandan.test/admin/inquiry?id=1234
            """;

    @Test
    void aKoreanRequestGetsTheKoreanMailsAsBefore() throws Exception {
        List<OutboxMail> mails = mails().about(inquiry(true), SITE, Instant.EPOCH);

        assertEquals("[새날드림] 상담 신청이 접수되었습니다 (접수번호 1234)", mails.get(0).getSubject());
        assertEquals(KOREAN_ACKNOWLEDGEMENT, mails.get(0).getBody());
        assertEquals("[새 상담 신청] 접수번호 1234 · 새날산업", mails.get(1).getSubject());
        assertEquals(STAFF_NOTICE, mails.get(1).getBody());
    }

    @Test
    void linesWithoutAValueAreLeftOut() throws Exception {
        List<OutboxMail> mails = mails().about(inquiry(false), SITE, Instant.EPOCH);

        assertEquals(
                KOREAN_ACKNOWLEDGEMENT.replace("  상담 분야: 구조고도화·재생사업\n", "").replace("  희망 시간: 평일 오전 (9시~12시)\n", ""),
                mails.get(0).getBody());
        assertEquals("[새 상담 신청] 접수번호 1234", mails.get(1).getSubject());
        assertEquals(
                STAFF_NOTICE.replace("  회사: 새날산업\n", "").replace("  상담 분야: 구조고도화·재생사업\n", ""),
                mails.get(1).getBody());
    }

    @Test
    void anEnglishRequestIsAcknowledgedInEnglishAndStaffStillReadKorean() throws Exception {
        List<OutboxMail> mails;
        try (Texts.Scope english = Texts.speak(Locale.ENGLISH)) {
            mails = mails().about(inquiry(true), SITE, Instant.EPOCH);
        }

        assertEquals(
                "[새날드림] We have received your consultation request (request no. 1234)",
                mails.get(0).getSubject());
        assertEquals("""
                Dear 김신청,

                Thank you for requesting a free one-to-one consultation with 새날드림.
                We have received your request as follows.

                  Request number: 1234
                  Received: 26 November 2026, 9:00 AM
                  Topic: Restructuring and regeneration
                  Preferred time: Weekday mornings (9–12)

                An expert will review it and call you on 010-1234-5678 within one working day.
                If it is urgent, please call 031-613-3060 (평일 09:00~18:00).

                We send this e-mail to confirm your request. If you did not make it, please let us know at \
                help@sandan.test.

                Kind regards,
                새날드림
                """, mails.get(0).getBody());
        assertEquals("[새 상담 신청] 접수번호 1234 · 새날산업", mails.get(1).getSubject());
        assertEquals(STAFF_NOTICE, mails.get(1).getBody());
    }

    private static InquiryMails mails() {
        InquiryMails mails = new InquiryMails();
        mails.settings = new MailSettings() {
            @Override
            public Optional<String> staffAddress() {
                return Optional.of("staff@sandan.test");
            }

            @Override
            public Optional<String> siteUrl() {
                return Optional.of("https://sandan.test");
            }
        };
        return mails;
    }

    private static Inquiry inquiry(boolean full) throws ReflectiveOperationException {
        ConsentNotice notice =
                new ConsentNotice(3, new ConsentNoticeText("상담", "이름, 연락처", "3년", "거부할 수 있습니다"), Instant.EPOCH);
        Inquiry.Requester requester = new Inquiry.Requester(
                "김신청",
                full ? "새날산업" : null,
                PhoneNumber.parse("010-1234-5678").orElseThrow(),
                "kim@example.com",
                full ? InquiryTopic.RESTRUCTURING : null,
                full ? ContactTime.WEEKDAY_MORNING : null);
        Inquiry inquiry = new Inquiry(
                requester,
                "구조고도화 사업 문의입니다.",
                InquiryChannel.CONSULT_PAGE,
                null,
                notice,
                true,
                "203.0.113.7",
                Instant.parse("2026-11-26T00:00:00Z"));
        Field id = Inquiry.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(inquiry, 1234L);
        return inquiry;
    }
}
