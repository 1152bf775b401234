package kr.co.saenal.sandan.platform.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the sources features ask for ({@link PolicySources}) to the Content Security Policy PrimeFaces sends with a
 * Faces page, directive by directive, and only for that page: the response is wrapped so that the policy is extended
 * as it is set. A source already in the directive is not added twice, so a page the cache serves again (whose kept
 * headers pass through here once more) keeps the same policy. Answers without a Faces policy get the strict default
 * of {@link ResponseHardening}, which allows no third party at all.
 */
@WebFilter(urlPatterns = "/*")
public class PolicyExtension extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "Content-Security-Policy";

    /**
     * Set by {@link PageCacheFilter} on a request it answers with a kept page: that page's policy was extended when it
     * was rendered, and asking the features again would cost what the cache saves (a settings read per request).
     */
    static final String KEPT_PAGE = PolicyExtension.class.getName() + ".keptPage";

    @Inject
    Instance<PolicySources> features;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, extendsPolicy(request, name) ? extended(value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, extendsPolicy(request, name) ? extended(value) : value);
            }
        });
    }

    private static boolean extendsPolicy(HttpServletRequest request, String header) {
        return HEADER.equalsIgnoreCase(header) && request.getAttribute(KEPT_PAGE) == null;
    }

    private String extended(String policy) {
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        for (PolicySources feature : features) {
            feature.sources()
                    .forEach((directive, sources) -> wanted.computeIfAbsent(directive, d -> new ArrayList<>())
                            .addAll(sources));
        }
        return extend(policy, wanted);
    }

    /** {@code policy} with each directive's sources added after its own (a missing directive is appended). */
    static String extend(String policy, Map<String, List<String>> wanted) {
        if (policy == null || wanted.isEmpty()) {
            return policy;
        }
        Map<String, List<String>> left = new LinkedHashMap<>(wanted);
        List<String> directives = new ArrayList<>();
        for (String directive : policy.split(";")) {
            String trimmed = directive.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String name = trimmed.split("\\s+", 2)[0];
            List<String> sources = left.remove(name);
            directives.add(sources == null ? trimmed : withSources(trimmed, sources));
        }
        left.forEach((name, sources) -> directives.add(withSources(name + " 'self'", sources)));
        return String.join("; ", directives);
    }

    private static String withSources(String directive, List<String> sources) {
        java.util.Set<String> present = new java.util.LinkedHashSet<>(List.of(directive.split("\\s+")));
        present.addAll(sources);
        return String.join(" ", present);
    }
}
