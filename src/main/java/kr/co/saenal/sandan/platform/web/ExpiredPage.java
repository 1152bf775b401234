package kr.co.saenal.sandan.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * {@code /error/expired}: a form was sent whose view the server no longer has (it was open too long, the server
 * restarted, or a node of the cluster was lost). The answer is 400, not the container's 500 for an exception, and
 * leads back to the page the form was on.
 */
@Named
@RequestScoped
public class ExpiredPage {

    private static final String CONSULT = "/consult";
    /** RequestDispatcher.ERROR_QUERY_STRING of Servlet 6.1, where the container sets it. */
    private static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

    private static final Pattern PLAIN_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+/?");
    private static final Pattern PLAIN_QUERY = Pattern.compile("[A-Za-z0-9_=&%.-]{1,200}");

    /** Called as the page renders. */
    public void answer() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
    }

    /**
     * The address of the page the form was on, to open it again (GET), with its query; the consultation page when
     * unknown or when the address is not a plain path of this site (never a link elsewhere: {@code //host/…}).
     */
    public String getFormPath() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String context = request.getContextPath();
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(failed instanceof String uri)
                || !uri.startsWith(context + "/")
                || !PLAIN_PATH.matcher(uri.substring(context.length())).matches()) {
            return context + CONSULT;
        }
        Object query = request.getAttribute(ERROR_QUERY_STRING);
        return query instanceof String q && PLAIN_QUERY.matcher(q).matches() ? uri + "?" + q : uri;
    }

    public boolean isConsultation() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return getFormPath().equals(external.getRequestContextPath() + CONSULT);
    }
}
