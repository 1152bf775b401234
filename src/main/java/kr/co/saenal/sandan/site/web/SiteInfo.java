package kr.co.saenal.sandan.site.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Year;
import kr.co.saenal.sandan.inquiry.ConsentNotice;
import kr.co.saenal.sandan.inquiry.ConsentNoticeRepository;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.site.SiteSettings;
import kr.co.saenal.sandan.site.SiteSettingsService;

/** {@code #{site}} in pages: the company's details and the current consent notice, read once per request. */
@Named("site")
@RequestScoped
public class SiteInfo {

    @Inject
    SiteSettingsService settingsService;

    @Inject
    ConsentNoticeRepository consentNotices;

    private SiteSettings settings;
    private ConsentNotice consentNotice;

    @PostConstruct
    void load() {
        settings = settingsService.current();
    }

    public SiteSettings getSettings() {
        return settings;
    }

    public String getCompanyName() {
        return settings.companyName();
    }

    public String getCompanyNameLatin() {
        return settings.companyNameLatin();
    }

    public String getPhone() {
        return settings.phone();
    }

    public String getPhoneLink() {
        return "tel:" + settings.phoneDigits();
    }

    public String getHours() {
        return settings.hours();
    }

    public String getEmail() {
        return settings.email();
    }

    public String getKakaoOpenChatUrl() {
        return settings.kakaoOpenChatUrl();
    }

    public String getPrivacyOfficer() {
        return settings.privacyOfficer();
    }

    public String getTagline() {
        return settings.tagline();
    }

    public int getYear() {
        return Year.now(KoreanTime.ZONE).getValue();
    }

    public ConsentNotice getConsentNotice() {
        if (consentNotice == null) {
            consentNotice = consentNotices.current();
        }
        return consentNotice;
    }

    public String getConsentNoticeDate() {
        return KoreanTime.date(getConsentNotice().getPublishedAt());
    }
}
