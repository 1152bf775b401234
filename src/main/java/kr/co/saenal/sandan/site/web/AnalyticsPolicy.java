package kr.co.saenal.sandan.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.platform.web.PolicySources;

/**
 * The analytics' hosts in the policy of public pages, when an administrator set an analytics id
 * ({@link kr.co.saenal.sandan.site.WebmasterSettings#policySources()}); the back office and the login page, which
 * carry no analytics, keep the strict policy. Read with the page's settings ({@link SiteInfo}), no second read.
 */
@RequestScoped
public class AnalyticsPolicy implements PolicySources {

    @Inject
    SiteInfo site;

    @Inject
    HttpServletRequest request;

    @Override
    public Map<String, List<String>> sources() {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/admin") || path.startsWith("/login")) {
            return Map.of();
        }
        return site.getWebmaster().policySources();
    }
}
