package kr.co.saenal.sandan.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;

/** Shows a service's refusal in a Faces form: each message next to its field, a field-less one at the top. */
public final class FieldMessages {

    private FieldMessages() {}

    /**
     * @param formId the client id of the h:form whose inputs are named like the refused fields; a message for a
     *               field the form does not have is shown at the top
     */
    public static void show(FacesContext faces, String formId, RuleViolationException refusal) {
        for (FieldError error : refusal.errors()) {
            String clientId = error.field() == null ? null : formId + ":" + error.field();
            if (clientId != null && faces.getViewRoot().findComponent(":" + clientId) == null) {
                clientId = null;
            }
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
        }
        faces.validationFailed();
    }

    public static void done(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** A confirmation that survives the redirect after a successful POST. */
    public static void doneAfterRedirect(FacesContext faces, String message) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        done(faces, message);
    }
}
