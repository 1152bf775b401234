package kr.co.saenal.sandan.comment.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.co.saenal.sandan.comment.CommentPolicy;
import kr.co.saenal.sandan.comment.CommentPolicyService;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;

/** The 댓글 section of /admin/system/settings: moderation on or off, and the limits against bots. */
@Named
@ViewScoped
public class CommentSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommentPolicyService service;

    private boolean moderation;
    private Integer minFillSeconds;
    private Integer rateLimit;
    private Integer rateWindowMinutes;

    @PostConstruct
    void load() {
        show(service.current());
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(service.change(
                    new CommentPolicy(
                            moderation, orInvalid(minFillSeconds), orInvalid(rateLimit), orInvalid(rateWindowMinutes)),
                    faces.getExternalContext().getRemoteUser()));
            FieldMessages.done(
                    faces,
                    Texts.say(
                            CommentSettingsPage.class,
                            moderation
                                    ? "admin.commentSettingsPage.savedModerated"
                                    : "admin.commentSettingsPage.savedOpen"));
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "commentSettings", refused);
        }
    }

    /** An empty field counts as out of range. */
    private static int orInvalid(Integer value) {
        return value == null ? -1 : value;
    }

    private void show(CommentPolicy policy) {
        moderation = policy.moderation();
        minFillSeconds = policy.minFillSeconds();
        rateLimit = policy.rateLimit();
        rateWindowMinutes = policy.rateWindowMinutes();
    }

    public boolean isModeration() {
        return moderation;
    }

    public void setModeration(boolean moderation) {
        this.moderation = moderation;
    }

    public Integer getMinFillSeconds() {
        return minFillSeconds;
    }

    public void setMinFillSeconds(Integer minFillSeconds) {
        this.minFillSeconds = minFillSeconds;
    }

    public Integer getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(Integer rateLimit) {
        this.rateLimit = rateLimit;
    }

    public Integer getRateWindowMinutes() {
        return rateWindowMinutes;
    }

    public void setRateWindowMinutes(Integer rateWindowMinutes) {
        this.rateWindowMinutes = rateWindowMinutes;
    }
}
