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
import kr.co.saenal.sandan.site.BusinessDetails;
import kr.co.saenal.sandan.site.BusinessDetailsService;

/** The 사업자 정보 form of /admin/system/settings: what the footer of every page shows. */
@Named
@ViewScoped
public class BusinessDetailsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessDetailsService service;

    private String representative;
    private String registrationNumber;
    private String address;

    @PostConstruct
    void load() {
        show(service.current());
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(service.change(
                    new BusinessDetails(representative, registrationNumber, address),
                    faces.getExternalContext().getRemoteUser()));
            FieldMessages.done(faces, Texts.say(BusinessDetailsPage.class, "admin.businessDetailsPage.saved"));
        } catch (RuleViolationException refused) {
            FieldMessages.show(faces, "business", refused);
        }
    }

    private void show(BusinessDetails b) {
        representative = b.representative();
        registrationNumber = b.registrationNumber();
        address = b.address();
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
