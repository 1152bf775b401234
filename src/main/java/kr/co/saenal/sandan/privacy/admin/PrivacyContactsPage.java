package kr.co.saenal.sandan.privacy.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;
import kr.co.saenal.sandan.privacy.PrivacyContacts;
import kr.co.saenal.sandan.privacy.PrivacyContactsService;

/** The privacy officer and processors form of /admin/system/privacy. */
@Named
@ViewScoped
public class PrivacyContactsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PrivacyContactsService service;

    private String officerName;
    private String officerDepartment;
    private String officerPhone;
    private String officerEmail;
    private String processors;

    @PostConstruct
    void load() {
        show(service.current());
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(service.change(
                    new PrivacyContacts(officerName, officerDepartment, officerPhone, officerEmail, processors),
                    faces.getExternalContext().getRemoteUser()));
            FieldMessages.done(faces, Texts.say(PrivacyContactsPage.class, "admin.privacyContactsPage.saved"));
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "contacts", refused);
        }
    }

    private void show(PrivacyContacts c) {
        officerName = c.officerName();
        officerDepartment = c.officerDepartment();
        officerPhone = c.officerPhone();
        officerEmail = c.officerEmail();
        processors = c.processors();
    }

    public String getOfficerName() {
        return officerName;
    }

    public void setOfficerName(String officerName) {
        this.officerName = officerName;
    }

    public String getOfficerDepartment() {
        return officerDepartment;
    }

    public void setOfficerDepartment(String officerDepartment) {
        this.officerDepartment = officerDepartment;
    }

    public String getOfficerPhone() {
        return officerPhone;
    }

    public void setOfficerPhone(String officerPhone) {
        this.officerPhone = officerPhone;
    }

    public String getOfficerEmail() {
        return officerEmail;
    }

    public void setOfficerEmail(String officerEmail) {
        this.officerEmail = officerEmail;
    }

    public String getProcessors() {
        return processors;
    }

    public void setProcessors(String processors) {
        this.processors = processors;
    }
}
