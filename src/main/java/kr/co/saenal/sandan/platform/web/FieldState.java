package kr.co.saenal.sandan.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Whether a form field came back with a message, for fields whose messages are shown in a list above the form
 * rather than beside them: the page marks such a field {@code aria-invalid} and describes it by that list
 * ({@code #{fieldState.invalid('form:field')}}). Attributes whose value is null are not written at all.
 */
@Named
@ApplicationScoped
public class FieldState {

    /** {@code "true"} when the field has a message, else null. */
    public String invalid(String clientId) {
        return hasMessage(clientId) ? "true" : null;
    }

    /** The id of the element that shows the field's message, when it has one; else null. */
    public String describedBy(String clientId, String messagesId) {
        return hasMessage(clientId) ? messagesId : null;
    }

    private static boolean hasMessage(String clientId) {
        return FacesContext.getCurrentInstance().getMessages(clientId).hasNext();
    }
}
