package kr.co.saenal.sandan.inquiry.notification;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** Which mail about an inquiry. */
public enum MailKind {
    /** To the staff address: a new request came in. */
    STAFF_NOTICE,
    /** To the requester: we received it. */
    ACKNOWLEDGEMENT,
    /** To the assignee (or the consultants): the request is past its first-response target. */
    RESPONSE_REMINDER,
    /** To each consultant every working morning: the requests still past their target. */
    RESPONSE_DIGEST,
    /** To the staff's webhook (Slack, Teams, a CRM bridge): a new request, as signed JSON. */
    WEBHOOK_ALERT,
    /** To a staff phone, as SMS or 카카오 알림톡 through the provider's API: a new request, masked. */
    SMS_ALERT;

    /** What people read for it, in the language of the request being served. */
    public String label() {
        return Texts.say(MailKind.class, "notification.mailKind." + name());
    }

    public String label(Locale locale) {
        return Texts.format(MailKind.class, locale, "notification.mailKind." + name());
    }

    /** For EL pages ({@code .label}). */
    public String getLabel() {
        return label();
    }
}
