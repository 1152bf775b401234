package kr.co.saenal.sandan.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /error/expired}: a form was sent whose view the server no longer has (it was open too long, the server
 * restarted, or a node of the cluster was lost). The answer is 400, not the container's 500 for an exception, and
 * leads back to the page the form was on.
 */
@Named
@RequestScoped
public class ExpiredPage {

    private static final String CONSULT = "/consult";

    /** Called as the page renders. */
    public void answer() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
    }

    /** The address of the page the form was on, to open it again (GET); the consultation page when unknown. */
    public String getFormPath() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return failed instanceof String uri && uri.startsWith(request.getContextPath() + "/")
                ? uri : request.getContextPath() + CONSULT;
    }

    public boolean isConsultation() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return getFormPath().equals(external.getRequestContextPath() + CONSULT);
    }
}
