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
import kr.co.saenal.sandan.site.WebmasterSettings;
import kr.co.saenal.sandan.site.WebmasterTools;

/** The 검색 등록·방문 통계 form of /admin/system/settings: verification tokens and analytics ids. */
@Named
@ViewScoped
public class WebmasterSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "webmaster";

    @Inject
    WebmasterTools tools;

    private String naverSiteVerification;
    private String googleSiteVerification;
    private String naverAnalyticsId;
    private String googleAnalyticsId;

    @PostConstruct
    void load() {
        show(tools.current());
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(tools.change(
                    new WebmasterSettings(
                            naverSiteVerification, googleSiteVerification, naverAnalyticsId, googleAnalyticsId),
                    faces.getExternalContext().getRemoteUser()));
            FieldMessages.done(faces, Texts.say(WebmasterSettingsPage.class, "admin.webmasterSettingsPage.saved"));
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, FORM, refused);
        }
    }

    private void show(WebmasterSettings s) {
        naverSiteVerification = s.naverSiteVerification();
        googleSiteVerification = s.googleSiteVerification();
        naverAnalyticsId = s.naverAnalyticsId();
        googleAnalyticsId = s.googleAnalyticsId();
    }

    public String getNaverSiteVerification() {
        return naverSiteVerification;
    }

    public void setNaverSiteVerification(String naverSiteVerification) {
        this.naverSiteVerification = naverSiteVerification;
    }

    public String getGoogleSiteVerification() {
        return googleSiteVerification;
    }

    public void setGoogleSiteVerification(String googleSiteVerification) {
        this.googleSiteVerification = googleSiteVerification;
    }

    public String getNaverAnalyticsId() {
        return naverAnalyticsId;
    }

    public void setNaverAnalyticsId(String naverAnalyticsId) {
        this.naverAnalyticsId = naverAnalyticsId;
    }

    public String getGoogleAnalyticsId() {
        return googleAnalyticsId;
    }

    public void setGoogleAnalyticsId(String googleAnalyticsId) {
        this.googleAnalyticsId = googleAnalyticsId;
    }
}
