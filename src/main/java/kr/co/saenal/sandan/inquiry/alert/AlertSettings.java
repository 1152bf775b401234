package kr.co.saenal.sandan.inquiry.alert;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.PhoneNumber;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;

/**
 * Where new-request alerts go, from the {@code alerts.*} rows of {@code site_setting} (changed by administrators at
 * /admin/system/settings). Empty values switch a channel off: no webhook address, no webhook; no SMS recipients, no
 * SMS. With a 알림톡 profile and template the provider sends 알림톡 instead of SMS.
 *
 * @param smsTemplate the message, with {번호}, {분야}, {이름} and {연락처} (the last two masked) filled in
 */
public record AlertSettings(
        String webhookUrl,
        String webhookSecret,
        String smsApiUrl,
        String smsApiKey,
        String smsApiSecret,
        String smsSender,
        String smsRecipients,
        String smsTemplate,
        String kakaoPfId,
        String kakaoTemplateId) {

    static final String PREFIX = "alerts.";
    public static final String SOLAPI = "https://api.solapi.com";

    public AlertSettings {
        webhookUrl = strip(webhookUrl);
        webhookSecret = strip(webhookSecret);
        smsApiUrl = strip(smsApiUrl).isEmpty() ? SOLAPI : strip(smsApiUrl);
        smsApiKey = strip(smsApiKey);
        smsApiSecret = strip(smsApiSecret);
        smsSender = strip(smsSender);
        smsRecipients = strip(smsRecipients);
        smsTemplate = strip(smsTemplate).isEmpty()
                ? Texts.format(AlertSettings.class, Locale.KOREAN, "alert.sms.defaultTemplate")
                : strip(smsTemplate);
        kakaoPfId = strip(kakaoPfId);
        kakaoTemplateId = strip(kakaoTemplateId);
    }

    static AlertSettings from(Map<String, String> rows) {
        return new AlertSettings(
                rows.get(PREFIX + "webhookUrl"),
                rows.get(PREFIX + "webhookSecret"),
                rows.get(PREFIX + "smsApiUrl"),
                rows.get(PREFIX + "smsApiKey"),
                rows.get(PREFIX + "smsApiSecret"),
                rows.get(PREFIX + "smsSender"),
                rows.get(PREFIX + "smsRecipients"),
                rows.get(PREFIX + "smsTemplate"),
                rows.get(PREFIX + "kakaoPfId"),
                rows.get(PREFIX + "kakaoTemplateId"));
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(PREFIX + "webhookUrl", webhookUrl);
        values.put(PREFIX + "webhookSecret", webhookSecret);
        values.put(PREFIX + "smsApiUrl", smsApiUrl);
        values.put(PREFIX + "smsApiKey", smsApiKey);
        values.put(PREFIX + "smsApiSecret", smsApiSecret);
        values.put(PREFIX + "smsSender", smsSender);
        values.put(PREFIX + "smsRecipients", smsRecipients);
        values.put(PREFIX + "smsTemplate", smsTemplate);
        values.put(PREFIX + "kakaoPfId", kakaoPfId);
        values.put(PREFIX + "kakaoTemplateId", kakaoTemplateId);
        return values;
    }

    public boolean webhookOn() {
        return !webhookUrl.isEmpty();
    }

    public boolean smsOn() {
        return !smsRecipients.isEmpty();
    }

    public boolean kakao() {
        return !kakaoPfId.isEmpty() && !kakaoTemplateId.isEmpty();
    }

    /**
     * The recipients' numbers as the provider wants them: digits only. A number that is none (a row changed by hand,
     * past {@link #check}) is left out rather than failing the request that sets the alert off.
     */
    public List<String> recipientDigits() {
        return recipients().stream()
                .flatMap(number -> PhoneNumber.parse(number).stream())
                .map(number -> number.value().replaceAll("\\D", ""))
                .toList();
    }

    private List<String> recipients() {
        return smsRecipients.isEmpty()
                ? List.of()
                : Arrays.stream(smsRecipients.split("[,\\n]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** @throws RuleViolationException naming the component of each value that cannot be used; nothing changes */
    void check() {
        List<FieldError> errors = new ArrayList<>();
        if (webhookOn() && !usableAddress(webhookUrl)) {
            errors.add(error("webhookUrl", "alert.webhookUrl.invalid"));
        }
        if (webhookOn() && webhookSecret.length() < 16) {
            errors.add(error("webhookSecret", "alert.webhookSecret.short"));
        }
        if (!usableAddress(smsApiUrl)) {
            errors.add(error("smsApiUrl", "alert.smsApiUrl.invalid"));
        }
        List<String> wrong = recipients().stream()
                .filter(number -> !PhoneNumber.isValid(number))
                .toList();
        if (!wrong.isEmpty()) {
            errors.add(new FieldError(
                    "smsRecipients",
                    Texts.format(AlertSettings.class, Locale.KOREAN, "alert.smsRecipients.invalid", wrong.get(0))));
        }
        if (smsOn() && !smsSender.isEmpty() && !PhoneNumber.isValid(smsSender)) {
            errors.add(error("smsSender", "alert.smsSender.invalid"));
        }
        if (smsOn() && (smsApiKey.isEmpty() || smsApiSecret.isEmpty() || smsSender.isEmpty())) {
            errors.add(error("smsApiKey", "alert.smsCredentials.missing"));
        }
        if (smsTemplate.length() > 1000) {
            errors.add(error("smsTemplate", "alert.smsTemplate.invalid"));
        }
        if (kakaoPfId.isEmpty() != kakaoTemplateId.isEmpty()) {
            errors.add(error("kakaoTemplateId", "alert.kakao.incomplete"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }

    /** https, or http to this machine (a stand-in for tests and local bridges). */
    static boolean usableAddress(String address) {
        try {
            URI uri = URI.create(address);
            String host = uri.getHost();
            return address.length() <= 500
                    && host != null
                    && ("https".equals(uri.getScheme())
                            || ("http".equals(uri.getScheme())
                                    && (host.equals("127.0.0.1") || host.equals("localhost"))));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static FieldError error(String field, String key) {
        return new FieldError(field, Texts.format(AlertSettings.class, Locale.KOREAN, key));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** Without the secrets, for logs. */
    @Override
    public String toString() {
        return "AlertSettings[webhook=" + (webhookOn() ? URI.create(webhookUrl).getHost() : "off") + ", sms="
                + (smsOn() ? recipients().size() + " recipients" + (kakao() ? " (alimtalk)" : "") : "off") + "]";
    }
}
