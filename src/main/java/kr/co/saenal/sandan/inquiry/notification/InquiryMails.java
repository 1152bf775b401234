package kr.co.saenal.sandan.inquiry.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.co.saenal.sandan.inquiry.Inquiry;
import kr.co.saenal.sandan.inquiry.PersonalDataMask;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.site.SiteSettings;

/**
 * The mails a new request sets off: an acknowledgement to the requester, in the language they used the site in
 * (they are written while their request is served), and a notice in Korean to the staff address that carries no
 * more personal data than a masked name and number (the details are read in the back office, where every look is
 * recorded).
 */
@ApplicationScoped
public class InquiryMails {

    @Inject
    MailSettings settings;

    public List<OutboxMail> about(Inquiry inquiry, SiteSettings site, Instant now) {
        Locale requester = Texts.current();
        String id = String.valueOf(inquiry.getId());
        List<OutboxMail> mails = new ArrayList<>();
        mails.add(new OutboxMail(
                inquiry.getId(),
                MailKind.ACKNOWLEDGEMENT,
                inquiry.getEmail(),
                say(requester, "mail.acknowledgement.subject", site.companyName(), id),
                acknowledgement(inquiry, site, requester),
                now));
        settings.staffAddress()
                .ifPresent(staff -> mails.add(new OutboxMail(
                        inquiry.getId(),
                        MailKind.STAFF_NOTICE,
                        staff,
                        say(
                                Locale.KOREAN,
                                "mail.staffNotice.subject",
                                id,
                                inquiry.getCompany() == null
                                        ? ""
                                        : say(Locale.KOREAN, "mail.staffNotice.subjectCompany", inquiry.getCompany())),
                        staffNotice(inquiry),
                        now)));
        return mails;
    }

    private static String acknowledgement(Inquiry inquiry, SiteSettings site, Locale locale) {
        String topic = inquiry.getTopic() == null
                ? ""
                : say(locale, "mail.acknowledgement.topic", inquiry.getTopic().label(locale));
        String time = inquiry.getPreferredTime() == null
                ? ""
                : say(
                        locale,
                        "mail.acknowledgement.preferredTime",
                        inquiry.getPreferredTime().label(locale));
        return say(
                locale,
                "mail.acknowledgement.body",
                inquiry.getName(),
                site.companyName(),
                String.valueOf(inquiry.getId()),
                KoreanTime.dateTime(inquiry.getReceivedAt(), locale),
                topic,
                time,
                inquiry.getPhone(),
                site.phone(),
                site.hours(),
                site.email());
    }

    /** In Korean whatever language the requester used: staff read Korean. */
    private String staffNotice(Inquiry inquiry) {
        Locale korean = Locale.KOREAN;
        String company =
                inquiry.getCompany() == null ? "" : say(korean, "mail.staffNotice.company", inquiry.getCompany());
        String topic = inquiry.getTopic() == null
                ? ""
                : say(korean, "mail.staffNotice.topic", inquiry.getTopic().label(korean));
        return say(
                korean,
                "mail.staffNotice.body",
                String.valueOf(inquiry.getId()),
                KoreanTime.dateTime(inquiry.getReceivedAt(), korean),
                PersonalDataMask.name(inquiry.getName()),
                PersonalDataMask.phone(inquiry.getPhone()),
                company,
                topic,
                inquiry.getChannel().label(korean),
                settings.siteUrl().orElse(""));
    }

    private static String say(Locale locale, String key, Object... values) {
        return Texts.format(InquiryMails.class, locale, key, values);
    }
}
