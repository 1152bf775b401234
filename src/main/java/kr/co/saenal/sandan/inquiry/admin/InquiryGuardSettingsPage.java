package kr.co.saenal.sandan.inquiry.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.co.saenal.sandan.inquiry.guard.InquiryGuardPolicy;
import kr.co.saenal.sandan.inquiry.guard.InquiryGuardPolicyService;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;

/**
 * The inquiry protection section (상담 신청 보호) of /admin/system/settings. The fields are keyed by the policy's
 * component names ({@code #{inquiryGuardSettingsPage.values['rateLimit']}}), which are also the ids of the inputs.
 */
@Named
@ViewScoped
public class InquiryGuardSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InquiryGuardPolicyService service;

    private final Map<String, String> values = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        show(service.current());
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(service.change(
                    new InquiryGuardPolicy(
                            number("minFillSeconds"),
                            number("rateLimit"),
                            number("rateWindowMinutes"),
                            number("maxLinks"),
                            number("maxBodyKiB")),
                    faces.getExternalContext().getRemoteUser()));
            FieldMessages.done(faces, Texts.say(InquiryGuardSettingsPage.class, "admin.guardSettings.saved"));
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "inquiryGuard", refused);
        }
    }

    /** Whatever is not a whole number counts as out of range. */
    private int number(String field) {
        try {
            return Integer.parseInt(values.getOrDefault(field, "").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void show(InquiryGuardPolicy policy) {
        values.put("minFillSeconds", Integer.toString(policy.minFillSeconds()));
        values.put("rateLimit", Integer.toString(policy.rateLimit()));
        values.put("rateWindowMinutes", Integer.toString(policy.rateWindowMinutes()));
        values.put("maxLinks", Integer.toString(policy.maxLinks()));
        values.put("maxBodyKiB", Integer.toString(policy.maxBodyKiB()));
    }

    public Map<String, String> getValues() {
        return values;
    }
}
