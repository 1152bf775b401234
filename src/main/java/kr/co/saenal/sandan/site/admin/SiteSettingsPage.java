package kr.co.saenal.sandan.site.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;
import kr.co.saenal.sandan.site.SiteSettings;
import kr.co.saenal.sandan.site.SiteSettingsService;

/** /admin/system/settings: the company's details every public page shows. */
@Named
@ViewScoped
public class SiteSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteSettingsService service;

    private String companyName;
    private String companyNameLatin;
    private String phone;
    private String hours;
    private String email;
    private String kakaoOpenChatUrl;
    private String tagline;

    @PostConstruct
    void load() {
        show(service.current());
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(service.change(
                    new SiteSettings(companyName, companyNameLatin, phone, hours, email, kakaoOpenChatUrl, tagline),
                    faces.getExternalContext().getRemoteUser()));
            FieldMessages.done(faces, Texts.say(SiteSettingsPage.class, "admin.siteSettingsPage.saved"));
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "settings", refused);
        }
    }

    private void show(SiteSettings s) {
        companyName = s.companyName();
        companyNameLatin = s.companyNameLatin();
        phone = s.phone();
        hours = s.hours();
        email = s.email();
        kakaoOpenChatUrl = s.kakaoOpenChatUrl();
        tagline = s.tagline();
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getCompanyNameLatin() {
        return companyNameLatin;
    }

    public void setCompanyNameLatin(String companyNameLatin) {
        this.companyNameLatin = companyNameLatin;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getKakaoOpenChatUrl() {
        return kakaoOpenChatUrl;
    }

    public void setKakaoOpenChatUrl(String kakaoOpenChatUrl) {
        this.kakaoOpenChatUrl = kakaoOpenChatUrl;
    }

    public String getTagline() {
        return tagline;
    }

    public void setTagline(String tagline) {
        this.tagline = tagline;
    }
}
