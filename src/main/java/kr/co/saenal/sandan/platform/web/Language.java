package kr.co.saenal.sandan.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The language of the site's chrome (menus, labels, notices) for this request: Korean unless the visitor chose
 * English with the switch ({@code ?lang=en}, remembered in a cookie, never a session) or their browser asks
 * for English before Korean. Content — news, the legal texts — stays Korean.
 */
@Named
@RequestScoped
public class Language {

    static final String COOKIE = "lang";
    static final String PARAMETER = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale locale = Locale.KOREAN;

    @PostConstruct
    void choose() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        chosen(request).ifPresent(choice -> remember(response, choice));
        locale = of(request);
        response.addHeader("Vary", "Accept-Language, Cookie");
        response.setHeader("Content-Language", locale.getLanguage());
    }

    /** The language of a public page: chosen with {@code ?lang}, else the cookie's, else the browser's. */
    static Locale of(HttpServletRequest request) {
        return chosen(request).orElseGet(() -> remembered(request));
    }

    /**
     * The language chosen with the switch ({@code ?lang=} in the address). Read from the query string only: a form's
     * body is not parsed here (uploads are checked for size before they are read).
     */
    private static Optional<Locale> chosen(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return Optional.empty();
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> pair.startsWith(PARAMETER + "="))
                .map(pair -> pair.substring(PARAMETER.length() + 1))
                .findFirst()
                .flatMap(Language::supported);
    }

    /** The language of a request that does not choose one with {@code ?lang}: the cookie's, else the browser's. */
    static Locale remembered(HttpServletRequest request) {
        return cookie(request).orElseGet(() -> fromBrowser(request));
    }

    /** Whether the request chooses a language itself ({@code ?lang=}), which is then remembered in a cookie. */
    static boolean chosenIn(HttpServletRequest request) {
        return request.getParameter(PARAMETER) != null;
    }

    private static Optional<Locale> supported(String tag) {
        return "en".equals(tag)
                ? Optional.of(Locale.ENGLISH)
                : "ko".equals(tag) ? Optional.of(Locale.KOREAN) : Optional.empty();
    }

    private static Optional<Locale> cookie(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> supported(c.getValue()));
    }

    /** The first of the browser's languages that we speak; Korean when it names neither. */
    static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.KOREAN;
        }
        return Collections.list(request.getLocales()).stream()
                .map(l -> supported(l.getLanguage()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Locale.KOREAN);
    }

    private static void remember(HttpServletResponse response, Locale choice) {
        Cookie cookie = new Cookie(COOKIE, choice.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        // Not Strict: a visitor arriving by a link from another site (a search engine, a messenger) keeps the choice.
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    public Locale getLocale() {
        return locale;
    }

    /** For {@code <html lang>}. */
    public String getTag() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(locale);
    }

    /** This page in the other language: the address the visitor sees, with {@code lang} set. */
    public String getSwitchPath() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwarded instanceof String uri ? uri : request.getRequestURI();
        String query = request.getParameterMap().entrySet().stream()
                .filter(e -> !PARAMETER.equals(e.getKey())
                        && !e.getKey().startsWith("jakarta.faces")
                        && !e.getKey().contains(":"))
                .flatMap(e -> Arrays.stream(e.getValue()).map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return path + "?" + (query.isEmpty() ? "" : query + "&") + PARAMETER + "=" + (isEnglish() ? "ko" : "en");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
