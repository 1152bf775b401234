package kr.co.saenal.sandan.inquiry.web;

import java.io.Serializable;
import kr.co.saenal.sandan.inquiry.ContactTime;
import kr.co.saenal.sandan.inquiry.InquiryRequest;
import kr.co.saenal.sandan.inquiry.InquiryTopic;
import kr.co.saenal.sandan.platform.RandomTokens;

/** What a consultation form holds while the visitor fills it in. The rules are applied by the service. */
public class InquiryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String company;
    private String phone;
    private String email;
    private InquiryTopic topic;
    private ContactTime preferredTime;
    private String message;
    private boolean privacyConsent;
    private boolean marketingConsent;
    private Integer shownNoticeVersion;
    /** Rendered into the form; the same form sent twice (a double click, a page sent again) carries the same key. */
    private String submissionKey = RandomTokens.uuid().toString();
    /** The honeypot: hidden from people, filled in by bots. */
    private String website;
    /** When the form was served, signed ({@link kr.co.saenal.sandan.inquiry.guard.InquiryGuard#stampFor}). */
    private String stamp;
    /** The complex the visitor asks about ({@code /consult?complex=}), or none. */
    private Long complexId;

    public Long getComplexId() {
        return complexId;
    }

    public void setComplexId(Long complexId) {
        this.complexId = complexId;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getStamp() {
        return stamp;
    }

    public void setStamp(String stamp) {
        this.stamp = stamp;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey == null || submissionKey.isBlank() || submissionKey.length() > 100
                ? RandomTokens.uuid().toString()
                : submissionKey;
    }

    public InquiryRequest toRequest() {
        return new InquiryRequest(
                name,
                company,
                phone,
                email,
                topic,
                preferredTime,
                message,
                privacyConsent,
                marketingConsent,
                complexId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public InquiryTopic getTopic() {
        return topic;
    }

    public void setTopic(InquiryTopic topic) {
        this.topic = topic;
    }

    public ContactTime getPreferredTime() {
        return preferredTime;
    }

    public void setPreferredTime(ContactTime preferredTime) {
        this.preferredTime = preferredTime;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isPrivacyConsent() {
        return privacyConsent;
    }

    public void setPrivacyConsent(boolean privacyConsent) {
        this.privacyConsent = privacyConsent;
    }

    public boolean isMarketingConsent() {
        return marketingConsent;
    }

    public void setMarketingConsent(boolean marketingConsent) {
        this.marketingConsent = marketingConsent;
    }

    public Integer getShownNoticeVersion() {
        return shownNoticeVersion;
    }

    public void setShownNoticeVersion(Integer shownNoticeVersion) {
        this.shownNoticeVersion = shownNoticeVersion;
    }
}
