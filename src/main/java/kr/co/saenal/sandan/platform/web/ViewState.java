package kr.co.saenal.sandan.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Set;

/**
 * Which views keep view state: only the forms that need it for CSRF protection (the consultation page, the back
 * office). Everything else is transient, so that reading the site never creates an HTTP session; the login page
 * too, whose form is refused from other sites by the browser's own headers instead ({@code LoginPage}). Used by
 * {@link ReadingViews} when a view is created and by the site template ({@code #{viewState}}) when Faces rebuilds a
 * transient view on a postback.
 */
@Named
@ApplicationScoped
public class ViewState {

    private static final Set<String> STATEFUL = Set.of("/consult.xhtml");

    public static boolean isTransient(String viewId) {
        return viewId == null || !(STATEFUL.contains(viewId) || viewId.startsWith("/admin/"));
    }

    /** For EL: {@code #{viewState.transientView(view.viewId)}}. */
    public boolean transientView(String viewId) {
        return isTransient(viewId);
    }
}
