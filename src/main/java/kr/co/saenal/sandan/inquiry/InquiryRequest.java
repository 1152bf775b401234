package kr.co.saenal.sandan.inquiry;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kr.co.saenal.sandan.platform.KoreanPhoneNumber;

/**
 * What a visitor sends, from the consultation page, the short form under an article, or the API.
 * The rules here are the only rules: {@link InquiryService} checks every request against them.
 */
public record InquiryRequest(
        @NotBlank(message = "{sandan.inquiry.name.required}")
        @Size(max = 50, message = "{sandan.inquiry.name.size}")
        @PlainText
        String name,

        @Size(max = 100, message = "{sandan.inquiry.company.size}") @PlainText
        String company,

        @NotBlank(message = "{sandan.inquiry.phone.required}") @KoreanPhoneNumber @PlainText
        String phone,

        @NotBlank(message = "{sandan.inquiry.email.required}")
        @Size(max = 254, message = "{sandan.inquiry.email.size}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{sandan.inquiry.email.invalid}")
        @PlainText
        String email,

        InquiryTopic topic,

        ContactTime preferredTime,

        @NotBlank(message = "{sandan.inquiry.message.required}")
        @Size(min = 2, max = 2000, message = "{sandan.inquiry.message.size}")
        @PlainText(multiline = true)
        String message,

        @AssertTrue(message = "{sandan.inquiry.privacyConsent.required}")
        boolean privacyConsent,

        boolean marketingConsent,

        /** The complex the request is about ({@code /consult?complex=}, the API's {@code complexId}), or none. */
        Long complexId) {

    /** A request about no complex in particular. */
    public InquiryRequest(
            String name,
            String company,
            String phone,
            String email,
            InquiryTopic topic,
            ContactTime preferredTime,
            String message,
            boolean privacyConsent,
            boolean marketingConsent) {
        this(name, company, phone, email, topic, preferredTime, message, privacyConsent, marketingConsent, null);
    }

    /** Field names as clients know them; used in error reports. */
    public static final String NAME = "name",
            COMPANY = "company",
            PHONE = "phone",
            EMAIL = "email",
            TOPIC = "topic",
            PREFERRED_TIME = "preferredTime",
            MESSAGE = "message",
            PRIVACY_CONSENT = "privacyConsent",
            MARKETING_CONSENT = "marketingConsent",
            COMPLEX_ID = "complexId";
}
