package kr.co.saenal.sandan.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;

/** Shows a service's refusal on a page: each message next to its field, or at the top when no field has that id. */
final class FieldMessages {

    private FieldMessages() {
    }

    static void show(String formId, RuleViolationException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : refusal.errors()) {
            String clientId = formId + ":" + error.field();
            boolean hasField = faces.getViewRoot().findComponent(":" + clientId) != null;
            faces.addMessage(hasField ? clientId : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
        }
        faces.validationFailed();
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** A confirmation that survives the redirect after a successful POST. */
    static void flashInfo(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(message);
    }
}
