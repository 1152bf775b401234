package kr.co.saenal.sandan.inquiry.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.co.saenal.sandan.inquiry.response.ResponsePolicy;
import kr.co.saenal.sandan.inquiry.response.ResponseTargets;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;

/** The 응답 기한·배정 section of /admin/system/settings: the first-response target, working hours, round robin. */
@Named
@ViewScoped
public class ResponseSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResponseTargets targets;

    private String targetHours;
    private String dayStarts;
    private String dayEnds;
    private boolean roundRobin;

    @PostConstruct
    void load() {
        show(targets.policy());
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(targets.change(
                    new ResponsePolicy(
                            hours(),
                            ResponsePolicy.parseTime(dayStarts),
                            ResponsePolicy.parseTime(dayEnds),
                            roundRobin),
                    faces.getExternalContext().getRemoteUser()));
            FieldMessages.done(faces, Texts.say(ResponseSettingsPage.class, "admin.responseSettings.saved"));
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "responseSettings", refused);
        }
    }

    /** Whatever is not a whole number counts as out of range. */
    private int hours() {
        try {
            return Integer.parseInt(targetHours == null ? "" : targetHours.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void show(ResponsePolicy policy) {
        targetHours = Integer.toString(policy.targetHours());
        dayStarts = policy.dayStarts().toString();
        dayEnds = policy.dayEnds().toString();
        roundRobin = policy.roundRobin();
    }

    public String getTargetHours() {
        return targetHours;
    }

    public void setTargetHours(String targetHours) {
        this.targetHours = targetHours;
    }

    public String getDayStarts() {
        return dayStarts;
    }

    public void setDayStarts(String dayStarts) {
        this.dayStarts = dayStarts;
    }

    public String getDayEnds() {
        return dayEnds;
    }

    public void setDayEnds(String dayEnds) {
        this.dayEnds = dayEnds;
    }

    public boolean isRoundRobin() {
        return roundRobin;
    }

    public void setRoundRobin(boolean roundRobin) {
        this.roundRobin = roundRobin;
    }
}
