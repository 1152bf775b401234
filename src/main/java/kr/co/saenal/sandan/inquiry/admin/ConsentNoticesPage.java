package kr.co.saenal.sandan.inquiry.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kr.co.saenal.sandan.inquiry.consent.ConsentNotice;
import kr.co.saenal.sandan.inquiry.consent.ConsentNoticeText;
import kr.co.saenal.sandan.inquiry.consent.ConsentNoticeVersion;
import kr.co.saenal.sandan.inquiry.consent.ConsentNotices;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;

/**
 * /admin/system/consent[?version=N]: the versions of the consent notice with their agreements, one version's
 * text, and a form, filled in from the current version, to publish the next one.
 */
@Named
@ViewScoped
public class ConsentNoticesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsentNotices consentNotices;

    /** The version asked for (?version=N); text, so that a malformed number is a 404 rather than a failure. */
    private String version;

    private List<ConsentNoticeVersion> versions;
    private ConsentNoticeText shown;
    private int shownVersion;
    private String purpose;
    private String items;
    private String retention;
    private String rightToRefuse;
    private ConsentNoticeText shownEnglish;
    private String purposeEn;
    private String itemsEn;
    private String retentionEn;
    private String rightToRefuseEn;

    /** View action: the list, the chosen (or current) version, the form prefilled from the current one. */
    public void open() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ConsentNotice current = consentNotices.current();
        ConsentNotice chosen = version == null || version.isBlank()
                ? current
                : version.matches("\\d{1,9}")
                        ? consentNotices.version(Integer.parseInt(version)).orElse(null)
                        : null;
        if (chosen == null) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        show(chosen);
        ConsentNoticeText text = current.text();
        purpose = text.purpose();
        items = text.items();
        retention = text.retention();
        rightToRefuse = text.rightToRefuse();
        current.english().ifPresent(english -> {
            purposeEn = english.purpose();
            itemsEn = english.items();
            retentionEn = english.retention();
            rightToRefuseEn = english.rightToRefuse();
        });
        versions = consentNotices.versions();
    }

    public void publish() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ConsentNotice published = consentNotices.publish(
                    new ConsentNoticeText(purpose, items, retention, rightToRefuse),
                    new ConsentNoticeText(purposeEn, itemsEn, retentionEn, rightToRefuseEn),
                    faces.getExternalContext().getRemoteUser());
            show(published);
            versions = consentNotices.versions();
            FieldMessages.done(
                    faces,
                    Texts.say(
                            ConsentNoticesPage.class,
                            "admin.consentNotices.published",
                            Integer.toString(published.getVersion())));
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "publish", refused);
        }
    }

    private void show(ConsentNotice notice) {
        shown = notice.text();
        shownVersion = notice.getVersion();
        shownEnglish = notice.english().orElse(null);
    }

    public String publishedAt(ConsentNoticeVersion v) {
        return KoreanTime.compact(v.publishedAt());
    }

    public int getCurrentVersion() {
        return versions.isEmpty() ? 0 : versions.get(0).version();
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public List<ConsentNoticeVersion> getVersions() {
        return versions;
    }

    public ConsentNoticeText getShown() {
        return shown;
    }

    /** The English rendering of the version shown, or {@code null}. */
    public ConsentNoticeText getShownEnglish() {
        return shownEnglish;
    }

    public String getPurposeEn() {
        return purposeEn;
    }

    public void setPurposeEn(String purposeEn) {
        this.purposeEn = purposeEn;
    }

    public String getItemsEn() {
        return itemsEn;
    }

    public void setItemsEn(String itemsEn) {
        this.itemsEn = itemsEn;
    }

    public String getRetentionEn() {
        return retentionEn;
    }

    public void setRetentionEn(String retentionEn) {
        this.retentionEn = retentionEn;
    }

    public String getRightToRefuseEn() {
        return rightToRefuseEn;
    }

    public void setRightToRefuseEn(String rightToRefuseEn) {
        this.rightToRefuseEn = rightToRefuseEn;
    }

    public int getShownVersion() {
        return shownVersion;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }

    public String getRetention() {
        return retention;
    }

    public void setRetention(String retention) {
        this.retention = retention;
    }

    public String getRightToRefuse() {
        return rightToRefuse;
    }

    public void setRightToRefuse(String rightToRefuse) {
        this.rightToRefuse = rightToRefuse;
    }
}
