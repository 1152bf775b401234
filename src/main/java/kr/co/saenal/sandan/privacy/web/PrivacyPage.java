package kr.co.saenal.sandan.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.privacy.PolicyBlock;
import kr.co.saenal.sandan.privacy.PolicyDocument;
import kr.co.saenal.sandan.privacy.PolicyText;
import kr.co.saenal.sandan.privacy.PolicyVersion;
import kr.co.saenal.sandan.privacy.PrivacyContacts;
import kr.co.saenal.sandan.privacy.PrivacyContactsService;
import kr.co.saenal.sandan.privacy.PrivacyPolicies;
import kr.co.saenal.sandan.site.SiteSettingsService;

/**
 * {@code /privacy}: the version of the policy in force, with links to every earlier one; {@code /privacy/versions/{n}}:
 * one of those (a draft, a scheduled version or an unknown number is not found).
 */
@Named
@RequestScoped
public class PrivacyPage {

    @Inject
    PrivacyPolicies policies;

    @Inject
    PrivacyContactsService contacts;

    @Inject
    SiteSettingsService settings;

    @Inject
    HttpServletRequest request;

    private PolicyDocument shown;
    private List<PolicyBlock> blocks;
    private List<PolicyVersion> published;
    private PrivacyContacts contactDetails;

    /** View action. */
    public void open() throws IOException {
        Object asked = request.getAttribute(PrivacyRouteFilter.VERSION);
        shown = asked == null
                ? policies.inForce().orElse(null)
                : policies.published((Integer) asked).orElse(null);
        if (shown == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        blocks = PolicyText.blocks(shown.body(), settings.current().companyName());
        published = policies.published();
        contactDetails = contacts.current();
    }

    public List<PolicyBlock> getBlocks() {
        return blocks;
    }

    public int getVersion() {
        return shown.version().version();
    }

    /** Whether the version shown is the one in force. */
    public boolean isCurrent() {
        return shown.version().until() == null;
    }

    /** Whether the page is the version's own address (/privacy/versions/n) rather than /privacy. */
    public boolean isVersionAddress() {
        return request.getAttribute(PrivacyRouteFilter.VERSION) != null;
    }

    public PolicyVersion getShownVersion() {
        return shown.version();
    }

    /** 제3판 / version 3. */
    public String getVersionLabel() {
        return labelOf(shown.version());
    }

    public String labelOf(PolicyVersion v) {
        return Texts.say(PrivacyPage.class, "web.version", Integer.toString(v.version()));
    }

    /** "2026년 12월 1일부터 시행" for the version in force, "… 부터 … 까지 시행" for an earlier one. */
    public String periodOf(PolicyVersion v) {
        return v.until() == null
                ? Texts.say(PrivacyPage.class, "web.inForceSince", date(v.effectiveOn()))
                : Texts.say(PrivacyPage.class, "web.period", date(v.effectiveOn()), date(v.until()));
    }

    /** The version's address: /privacy for the one in force, /privacy/versions/n for earlier ones. */
    public String pathOf(PolicyVersion v) {
        return v.until() == null ? "/privacy" : "/privacy/versions/" + v.version();
    }

    /** The canonical address of the page shown. */
    public String getPath() {
        return shown == null ? "/privacy" : pathOf(shown.version());
    }

    /** Every version readers may see, the one in force first. */
    public List<PolicyVersion> getPublished() {
        return published;
    }

    /** The versions before the one in force. */
    public List<PolicyVersion> getEarlier() {
        return published.subList(1, published.size());
    }

    public int getCurrentVersion() {
        return published.get(0).version();
    }

    public PrivacyContacts getContacts() {
        return contactDetails;
    }

    /** A day the Korean (or English) way: 2026년 12월 1일. */
    public String date(LocalDate day) {
        return day == null ? "" : KoreanTime.date(PrivacyPolicies.start(day));
    }
}
