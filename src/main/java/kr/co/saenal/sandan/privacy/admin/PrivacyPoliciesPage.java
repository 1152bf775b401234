package kr.co.saenal.sandan.privacy.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;
import kr.co.saenal.sandan.privacy.PolicyDocument;
import kr.co.saenal.sandan.privacy.PolicyVersion;
import kr.co.saenal.sandan.privacy.PrivacyPolicies;

/**
 * /admin/system/privacy[?version=N]: the privacy policy's versions with their status, one version (a form while it is
 * a draft or scheduled, its text once it has taken effect), and a button for the next version's draft.
 */
@Named
@ViewScoped
public class PrivacyPoliciesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/admin/system/privacy";

    @Inject
    PrivacyPolicies policies;

    /** The version asked for (?version=N); text, so that a malformed number is a 404 rather than a failure. */
    private String version;

    private List<PolicyVersion> versions;
    private PolicyVersion shown;
    private String body;
    private String effectiveOn;
    private int rowVersion;

    /** View action: the list and the chosen version (the newest when none is asked for). */
    public void open() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        versions = policies.all();
        PolicyDocument chosen = version == null || version.isBlank()
                ? versions.isEmpty()
                        ? null
                        : policies.version(versions.get(0).version()).orElse(null)
                : version.matches("\\d{1,9}")
                        ? policies.version(Integer.parseInt(version)).orElse(null)
                        : null;
        if (chosen == null && !(versions.isEmpty() && (version == null || version.isBlank()))) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        if (chosen != null) {
            show(chosen);
        }
    }

    public String startDraft() {
        FacesContext faces = FacesContext.getCurrentInstance();
        PolicyVersion draft = policies.startDraft(faces.getExternalContext().getRemoteUser());
        FieldMessages.doneAfterRedirect(
                faces, say("admin.privacyPoliciesPage.started", Integer.toString(draft.version())));
        return PAGE + "?faces-redirect=true&version=" + draft.version();
    }

    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        LocalDate date;
        try {
            date = effectiveOn == null || effectiveOn.isBlank() ? null : LocalDate.parse(effectiveOn.strip());
        } catch (DateTimeParseException e) {
            FieldMessages.show(
                    faces,
                    "policy",
                    new RuleViolationException(
                            List.of(new FieldError("effectiveOn", say("admin.privacyPoliciesPage.badDate")))));
            return null;
        }
        try {
            PolicyVersion saved = policies.revise(
                    shown.version(),
                    body,
                    date,
                    rowVersion,
                    faces.getExternalContext().getRemoteUser());
            String n = Integer.toString(saved.version());
            FieldMessages.doneAfterRedirect(
                    faces,
                    switch (saved.status()) {
                        case DRAFT -> say("admin.privacyPoliciesPage.savedDraft", n);
                        case SCHEDULED ->
                            say(
                                    "admin.privacyPoliciesPage.scheduled",
                                    n,
                                    KoreanTime.date(PrivacyPolicies.start(saved.effectiveOn())));
                        default -> say("admin.privacyPoliciesPage.inForceNow", n);
                    });
            return PAGE + "?faces-redirect=true&version=" + saved.version();
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "policy", refused);
            versions = policies.all();
            return null;
        }
    }

    public String discard() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            policies.discard(shown.version(), faces.getExternalContext().getRemoteUser());
            FieldMessages.doneAfterRedirect(
                    faces, say("admin.privacyPoliciesPage.discarded", Integer.toString(shown.version())));
            return PAGE + "?faces-redirect=true";
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "policy", refused);
            return null;
        }
    }

    private void show(PolicyDocument document) {
        shown = document.version();
        body = document.body();
        effectiveOn = shown.effectiveOn() == null ? "" : shown.effectiveOn().toString();
        rowVersion = shown.rowVersion();
    }

    private static String say(String key, Object... values) {
        return Texts.say(PrivacyPoliciesPage.class, key, values);
    }

    /** A day the Korean way, or empty. */
    public String date(LocalDate day) {
        return day == null ? "" : KoreanTime.date(PrivacyPolicies.start(day));
    }

    public String changed(PolicyVersion v) {
        return KoreanTime.compact(v.changedAt());
    }

    /** Whether the version shown may still change. */
    public boolean isEditable() {
        return shown != null && shown.status().editable();
    }

    /** The first day an effective date may be set to: today, for the date field's minimum. */
    public String getToday() {
        return policies.today().toString();
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public List<PolicyVersion> getVersions() {
        return versions;
    }

    public PolicyVersion getShown() {
        return shown;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(String effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public int getRowVersion() {
        return rowVersion;
    }

    public void setRowVersion(int rowVersion) {
        this.rowVersion = rowVersion;
    }
}
