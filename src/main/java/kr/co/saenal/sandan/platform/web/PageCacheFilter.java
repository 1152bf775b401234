package kr.co.saenal.sandan.platform.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the home page, the news lists, articles, the FAQ, the directory's pages, the feeds and the sitemap from
 * {@link PageCache} to anonymous readers. Whatever could make a page personal passes by the cache: a staff member (a
 * session or credentials), a language chosen in the address (it sets a cookie), any parameter a page does not take or
 * in a form it does not take (the news lists take {@code category} and {@code page}; the directory's list and region
 * pages their filters), and any answer but a plain 200 page that sets no cookie. What differs per reader inside a
 * page is filled in per answer ({@link PerAnswer}, the script nonce). A reader who asks for a fresh copy
 * ({@code Cache-Control: no-cache}, a hard reload) is served like any other — pages are kept for seconds, and
 * otherwise any visitor could make the server render every request — and gets a {@code 304} when the page's
 * validator matches the copy it holds.
 */
@WebFilter(urlPatterns = "/*")
public class PageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** A category's slug, as the news lists and the feeds take it. */
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * The directory's filters ({@code complex.ComplexListParameters}) in the forms they take; values that are empty
     * (a form sent with a filter left at "all") too.
     */
    private static final Map<String, Pattern> DIRECTORY = Map.ofEntries(
            Map.entry("q", Pattern.compile("[\\p{L}\\p{N} .\\-\\[\\]()\u00B7]{0,40}")),
            Map.entry("sido", Pattern.compile("[a-z]{0,12}")),
            Map.entry("type", Pattern.compile("[a-z\\-]{0,20}")),
            Map.entry("status", Pattern.compile("[a-z\\-]{0,20}")),
            Map.entry("aged", Pattern.compile("(true|false)?")),
            Map.entry("minRate", Pattern.compile("([0-9]{1,3}(\\.[0-9]{1,2})?)?")),
            Map.entry("maxRate", Pattern.compile("([0-9]{1,3}(\\.[0-9]{1,2})?)?")),
            Map.entry("sort", Pattern.compile("[a-z\\-]{0,10}")),
            Map.entry("order", Pattern.compile("(asc|desc)?")),
            Map.entry("page", Pattern.compile("[1-9][0-9]{0,4}")),
            Map.entry("size", Pattern.compile("[1-9][0-9]{0,2}")));

    /**
     * The site search ({@code news.web.SearchPage}): plain words of limited length, in a category, a page of them.
     * Visitors choose the words, so searches are kept on a shelf of their own ({@link PageCache#SEARCH}).
     */
    private static final String SEARCH_PATH = "/search";

    private static final Map<String, Pattern> SEARCH = Map.of(
            "q", Pattern.compile("[\\p{L}\\p{N} .\\-\u00B7]{0,40}"),
            "category", Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*"),
            "page", Pattern.compile("[1-9][0-9]{0,4}"));

    /** The pages, each with the parameters it takes and their form: visitors must not be able to mint keys. */
    private static final Map<String, Map<String, Pattern>> PAGES = Map.of(
            "/", Map.of(),
            "/news", Map.of("category", CATEGORY, "page", Pattern.compile("[1-9][0-9]{0,4}")),
            "/complexes", DIRECTORY,
            "/faq", Map.of(),
            "/feed.xml", Map.of("category", CATEGORY),
            "/rss.xml", Map.of("category", CATEGORY),
            "/sitemap.xml", Map.of());

    /** The directory's pages ({@code /complexes/regions/…}) by the form of their path, with their parameters. */
    private static final Pattern REGION_PATH = Pattern.compile("/complexes/regions/[a-z]{3,12}");

    /**
     * Pages whose address names what they show, taking no parameters: a complex's page at its canonical address
     * (another slug is answered 301, an unknown id 404, neither of which is kept).
     */
    private static final Pattern ADDRESSED =
            Pattern.compile("/complexes/[0-9]{1,18}/[^/]{1,240}|/news/[0-9]{1,18}/[^/]{1,900}");

    /** Requests for pages the cache keeps, by {@code result}: {@code hit} (served kept) or {@code miss} (rendered). */
    static final String REQUESTS = "sandan.page.cache.requests";

    private static final int LONGEST_VALUE = 60;
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Inject
    PageCache cache;

    @Inject
    MeterRegistry meters;

    // looked up once: a registry lookup per request would cost more than serving a kept page
    private Counter hits;
    private Counter misses;

    @Override
    public void init() {
        hits = meters.counter(REQUESTS, "result", "hit");
        misses = meters.counter(REQUESTS, "result", "miss");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = keyOf(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        PageCache.Ticket ticket;
        try {
            ticket = cache.lookup(key);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException(e);
        }
        (ticket.serve() != null ? hits : misses).increment();
        if (ticket.serve() != null) {
            request.setAttribute(PolicyExtension.KEPT_PAGE, Boolean.TRUE);
            ticket.serve().writeTo(request, response);
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        CachedPage rendered = null;
        try {
            chain.doFilter(request, captured);
            if (captured.isKeepable() && request.getSession(false) == null) {
                rendered =
                        pageOf(captured, request, response, ticket.generation(), cache.now(), PageLifetime.of(request));
            }
        } finally {
            cache.finished(key, ticket, rendered);
        }
        captured.sendBody();
    }

    /** The cache key (page, its parameters, the chrome's language), or {@code null} when the request passes by. */
    static String keyOf(HttpServletRequest request) {
        // The path first: this filter sees every request (resources, API), and most are not these pages.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Map<String, Pattern> accepted = PAGES.get(path);
        if (accepted == null && SEARCH_PATH.equals(path)) {
            accepted = SEARCH;
        } else if (accepted == null && REGION_PATH.matcher(path).matches()) {
            accepted = DIRECTORY;
        } else if (accepted == null && ADDRESSED.matcher(path).matches()) {
            accepted = Map.of();
            // One key per page however its name is spelt (%EC or %ec): visitors must not mint copies of a page.
            path = decoded(path);
        }
        if (accepted == null
                || path == null
                || !"GET".equals(request.getMethod())
                || request.getRequestedSessionId() != null
                || request.getHeader("Authorization") != null
                || Language.chosenIn(request)) {
            return null;
        }
        Map<String, String> parameters = new TreeMap<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            Pattern form = accepted.get(parameter.getKey());
            String[] values = parameter.getValue();
            if (form == null
                    || values.length != 1
                    || values[0].length() > LONGEST_VALUE
                    || !form.matcher(values[0]).matches()) {
                return null;
            }
            parameters.put(parameter.getKey(), values[0]);
        }
        // The page's absolute links (canonical, OpenGraph, feeds) are made from the address it was asked by.
        String origin = request.getScheme() + "://" + request.getServerName() + ':' + request.getServerPort();
        return (path.equals(SEARCH_PATH) ? PageCache.SEARCH : "")
                + origin
                + path
                + '?'
                + parameters
                + '|'
                + Language.remembered(request).getLanguage();
    }

    /** The path with its escapes resolved, or {@code null} when it is not well-formed. */
    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static CachedPage pageOf(
            CapturedResponse captured,
            HttpServletRequest request,
            HttpServletResponse response,
            long generation,
            long renderedAt,
            java.time.Instant changesAt) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (CapturedResponse.isSetCookie(name)) {
                continue; // isKeepable() refused such a page already; never serve one reader's cookie to all
            }
            if (RequestIds.HEADER.equalsIgnoreCase(name)) {
                continue; // the rendering request's; every answer carries its own
            }
            headers.put(name, List.copyOf(response.getHeaders(name)));
        }
        headers.remove("Content-Type");
        headers.remove("Content-Length");
        long expiresAt = expiry(renderedAt, changesAt);
        if (!captured.wroteText()) {
            return new CachedPage(
                    captured.bytes(), headers, response.getContentType(), generation, renderedAt, expiresAt);
        }
        String policy = response.getHeader("Content-Security-Policy");
        Matcher nonce = policy == null ? null : NONCE.matcher(policy);
        return new CachedPage(
                captured.text(),
                CachedPage.withNonce(nonce != null && nonce.find() ? nonce.group(1) : null, PerAnswer.of(request)),
                headers,
                response.getContentType(),
                generation,
                renderedAt,
                expiresAt);
    }

    /** When, by the cache's clock, a page rendered at {@code renderedAt} showing what changes at {@code changesAt} ends. */
    static long expiry(long renderedAt, java.time.Instant changesAt) {
        java.time.Instant now = java.time.Instant.now();
        if (changesAt == null || changesAt.isAfter(now.plus(PageCache.STALE_AT_MOST.multipliedBy(6)))) {
            return Long.MAX_VALUE; // pages live seconds: a change further off is the cache's usual business
        }
        long left = java.time.Duration.between(now, changesAt).toNanos();
        return renderedAt + Math.max(0, left);
    }
}
