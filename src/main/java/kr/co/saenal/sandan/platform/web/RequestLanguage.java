package kr.co.saenal.sandan.platform.web;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/**
 * Sets the language every text of a request is said in ({@link Texts#current()}) before anything else runs: the back
 * office and the login page in Korean (their pages are Korean), the API as the client's {@code Accept-Language}
 * asks, public pages as {@link Language} decides (the switch, its cookie, the browser).
 */
@WebListener
public class RequestLanguage implements ServletRequestListener {

    private static final String SCOPE = RequestLanguage.class.getName();

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request) {
            request.setAttribute(SCOPE, Texts.speak(of(request)));
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (event.getServletRequest().getAttribute(SCOPE) instanceof Texts.Scope scope) {
            scope.close();
        }
    }

    static Locale of(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/login")) {
            return Locale.KOREAN;
        }
        if (path.startsWith("/api/")) {
            return Language.fromBrowser(request);
        }
        return Language.of(request);
    }
}
