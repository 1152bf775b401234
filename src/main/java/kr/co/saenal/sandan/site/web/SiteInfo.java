package kr.co.saenal.sandan.site.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Year;
import kr.co.saenal.sandan.platform.KoreanParticles;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.site.BusinessDetails;
import kr.co.saenal.sandan.site.SiteAddress;
import kr.co.saenal.sandan.site.SiteSettings;
import kr.co.saenal.sandan.site.SiteSettingsService;
import kr.co.saenal.sandan.site.WebmasterSettings;

/** {@code #{site}} in pages: the company's details, read once per request. */
@Named("site")
@RequestScoped
public class SiteInfo {

    @Inject
    SiteSettingsService settingsService;

    @Inject
    HttpServletRequest request;

    private SiteSettings settings;
    private WebmasterSettings webmaster;
    private BusinessDetails business;

    @PostConstruct
    void load() {
        SiteSettingsService.Snapshot snapshot = settingsService.snapshot();
        settings = snapshot.settings();
        webmaster = snapshot.webmaster();
        business = snapshot.business();
    }

    /** Verification tokens and analytics ids ({@code #{site.webmaster}}), read with the rest. */
    public WebmasterSettings getWebmaster() {
        return webmaster;
    }

    public SiteSettings getSettings() {
        return settings;
    }

    public String getCompanyName() {
        return settings.companyName();
    }

    /**
     * The company name with the particle its last syllable asks for: {@code #{site.companyNameWith('은')}} is
     * 새날드림은, never 새날드림은(는) ({@link KoreanParticles}).
     */
    public String companyNameWith(String particle) {
        return KoreanParticles.attach(settings.companyName(), particle);
    }

    /** 대표자, 사업자등록번호, 주소 for the footer, read with the rest. */
    public BusinessDetails getBusiness() {
        return business;
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

    public String getTagline() {
        return settings.tagline();
    }

    /** The site's absolute address without a trailing slash ({@link SiteAddress}). */
    public String getBaseUrl() {
        return SiteAddress.base(request);
    }

    /** An absolute URL for a path of this site, for canonical links, OpenGraph and feeds. */
    public String absolute(String path) {
        return SiteAddress.absolute(request, path);
    }

    /** The absolute URL of the page being shown, without its query (pages with a meaningful query name their own). */
    public String getPageUrl() {
        String uri = request.getRequestURI();
        return absolute(
                uri.substring(Math.min(uri.length(), request.getContextPath().length())));
    }

    public int getYear() {
        return Year.now(KoreanTime.ZONE).getValue();
    }
}
