package kr.co.saenal.sandan.inquiry.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import kr.co.saenal.sandan.inquiry.notification.Courier;
import kr.co.saenal.sandan.inquiry.notification.MailKind;
import kr.co.saenal.sandan.inquiry.notification.OutboxMail;
import kr.co.saenal.sandan.platform.Jsons;
import kr.co.saenal.sandan.platform.RandomTokens;

/**
 * SMS (or 카카오 알림톡, with a profile and an approved template) through Solapi's REST API: {@code POST
 * /messages/v4/send} with {@code {"message": {"to", "from", "text"}}}, authenticated by
 * {@code Authorization: HMAC-SHA256 apiKey=…, date=…, salt=…, signature=hex(HMAC-SHA256(apiSecret, date + salt))}.
 * One outbox message per recipient, so a retry never reaches a phone that already got it.
 */
@ApplicationScoped
public class SolapiCourier implements Courier {

    static final String SEND = "/messages/v4/send";

    @Inject
    StaffAlerts alerts;

    @Inject
    Clock clock;

    @Override
    public boolean carries(MailKind kind) {
        return kind == MailKind.SMS_ALERT;
    }

    @Override
    public void deliver(OutboxMail sms) throws Exception {
        AlertSettings settings = alerts.current();
        JsonObjectBuilder message = Jsons.PROVIDER
                .createObjectBuilder()
                .add("to", sms.getRecipient())
                .add("from", settings.smsSender().replaceAll("\\D", ""))
                .add("text", sms.getBody());
        if (settings.kakao()) {
            message.add("type", "ATA")
                    .add(
                            "kakaoOptions",
                            Jsons.PROVIDER
                                    .createObjectBuilder()
                                    .add("pfId", settings.kakaoPfId())
                                    .add("templateId", settings.kakaoTemplateId()));
        }
        String body = Jsons.PROVIDER
                .createObjectBuilder()
                .add("message", message)
                .build()
                .toString();
        AlertHttp.postJson(
                settings.smsApiUrl().replaceAll("/+$", "") + SEND,
                body,
                "Authorization",
                authorization(settings.smsApiKey(), settings.smsApiSecret()));
    }

    private String authorization(String apiKey, String apiSecret) {
        String date = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
        String salt = RandomTokens.hex(16);
        return "HMAC-SHA256 apiKey=" + apiKey + ", date=" + date + ", salt=" + salt + ", signature="
                + Signatures.hmacSha256(apiSecret, date + salt);
    }
}
