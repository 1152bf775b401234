package kr.co.saenal.sandan.inquiry.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.co.saenal.sandan.inquiry.Inquiry;
import kr.co.saenal.sandan.inquiry.PersonalDataMask;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.site.SiteSettings;

/**
 * The Korean mails a new request sets off: an acknowledgement to the requester, and a notice to the staff
 * address that carries no more personal data than a masked name and number (the details are read in the back
 * office, where every look is recorded).
 */
@ApplicationScoped
public class InquiryMails {

    @Inject
    MailSettings settings;

    public List<OutboxMail> about(Inquiry inquiry, SiteSettings site, Instant now) {
        List<OutboxMail> mails = new ArrayList<>();
        mails.add(new OutboxMail(inquiry.getId(), MailKind.ACKNOWLEDGEMENT, inquiry.getEmail(),
                "[" + site.companyName() + "] 상담 신청이 접수되었습니다 (접수번호 " + inquiry.getId() + ")",
                acknowledgement(inquiry, site), now));
        settings.staffAddress().ifPresent(staff -> mails.add(new OutboxMail(inquiry.getId(), MailKind.STAFF_NOTICE,
                staff, "[새 상담 신청] 접수번호 " + inquiry.getId()
                        + (inquiry.getCompany() == null ? "" : " · " + inquiry.getCompany()),
                staffNotice(inquiry), now)));
        return mails;
    }

    private String acknowledgement(Inquiry inquiry, SiteSettings site) {
        return inquiry.getName() + "님, 안녕하세요.\n\n"
                + site.companyName() + "에 1:1 전문가 무료상담을 신청해 주셔서 감사합니다.\n"
                + "신청하신 내용이 아래와 같이 접수되었습니다.\n\n"
                + "  접수번호: " + inquiry.getId() + "\n"
                + "  접수일시: " + KoreanTime.dateTime(inquiry.getReceivedAt()) + "\n"
                + (inquiry.getTopic() == null ? "" : "  상담 분야: " + inquiry.getTopic().label() + "\n")
                + (inquiry.getPreferredTime() == null ? "" : "  희망 시간: " + inquiry.getPreferredTime().label() + "\n")
                + "\n담당 전문가가 내용을 살펴본 뒤 영업일 기준 하루 안에 " + inquiry.getPhone() + " 번호로 연락드리겠습니다.\n"
                + "급하신 경우 " + site.phone() + "(" + site.hours() + ")으로 전화 주세요.\n\n"
                + "이 메일은 상담 신청을 확인해 드리기 위해 보내는 안내 메일입니다. 직접 신청하지 않으셨다면 "
                + site.email() + "로 알려 주세요.\n\n"
                + site.companyName() + " 드림\n";
    }

    private String staffNotice(Inquiry inquiry) {
        return "새 상담 신청이 접수되었습니다.\n\n"
                + "  접수번호: " + inquiry.getId() + "\n"
                + "  접수일시: " + KoreanTime.dateTime(inquiry.getReceivedAt()) + "\n"
                + "  신청인: " + PersonalDataMask.name(inquiry.getName()) + " (" + PersonalDataMask.phone(inquiry.getPhone()) + ")\n"
                + (inquiry.getCompany() == null ? "" : "  회사: " + inquiry.getCompany() + "\n")
                + (inquiry.getTopic() == null ? "" : "  상담 분야: " + inquiry.getTopic().label() + "\n")
                + "  접수 경로: " + inquiry.getChannel() + "\n\n"
                + "자세한 내용은 관리 화면에서 확인해 주세요 (열람 기록이 남습니다):\n"
                + settings.siteUrl().orElse("") + "/admin/inquiry?id=" + inquiry.getId() + "\n";
    }
}
