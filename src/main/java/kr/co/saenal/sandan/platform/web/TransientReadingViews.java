package kr.co.saenal.sandan.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Public pages must not open an HTTP session. They are transient views ({@code <f:view transient>} in
 * site.xhtml), but that attribute only takes effect when the view is built, inside the render phase, and
 * PrimeFaces' CSP listener runs just before it: seeing a view that is not (yet) transient, it keeps the script nonce
 * in the view map, and creating a view map opens a session. So every public view starts out transient once it is
 * restored; the page's own {@code f:view} still decides when it is built (the consultation form and the login page
 * keep their state, and get a session, as before). The back office under /admin/ is left alone.
 */
public class TransientReadingViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        if (view != null && !faces.isPostback() && view.getViewId() != null && !view.getViewId().startsWith("/admin/")) {
            view.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is restored
    }
}
