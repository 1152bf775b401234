package kr.co.saenal.sandan.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What search portals and analytics ask a site to carry: the site-verification tokens of Naver's search advisor and
 * Google's Search Console ({@code <meta name="naver-site-verification" content="…">}), and the property ids of
 * Naver Analytics and Google Analytics 4. Typed values, never pasted markup: pages write the meta tags and the
 * scripts themselves, only for what is set, and the Content Security Policy allows the analytics' hosts only then.
 * Empty strings for what is not set. Stored as {@code site_setting} rows ({@code webmaster.*}).
 */
public record WebmasterSettings(
        String naverSiteVerification,
        String googleSiteVerification,
        String naverAnalyticsId,
        String googleAnalyticsId) {

    public static final WebmasterSettings NONE = new WebmasterSettings("", "", "", "");

    static WebmasterSettings from(Map<String, String> rows) {
        return new WebmasterSettings(
                rows.getOrDefault("webmaster.naverSiteVerification", ""),
                rows.getOrDefault("webmaster.googleSiteVerification", ""),
                rows.getOrDefault("webmaster.naverAnalyticsId", ""),
                rows.getOrDefault("webmaster.googleAnalyticsId", ""));
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("webmaster.naverSiteVerification", naverSiteVerification);
        values.put("webmaster.googleSiteVerification", googleSiteVerification);
        values.put("webmaster.naverAnalyticsId", naverAnalyticsId);
        values.put("webmaster.googleAnalyticsId", googleAnalyticsId);
        return values;
    }

    public boolean hasNaverAnalytics() {
        return !naverAnalyticsId.isEmpty();
    }

    public boolean hasGoogleAnalytics() {
        return !googleAnalyticsId.isEmpty();
    }

    /**
     * The sources the analytics that are set need in the policy: Google's tag loads from www.googletagmanager.com
     * and reports to *.google-analytics.com (and its regional *.analytics.google.com); Naver's script loads from
     * wcs.naver.net and reports to wcs.naver.com. Nothing for analytics that are not set.
     */
    public Map<String, List<String>> policySources() {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        if (hasGoogleAnalytics()) {
            add(sources, "script-src", "https://www.googletagmanager.com");
            add(
                    sources,
                    "connect-src",
                    "https://*.google-analytics.com",
                    "https://*.analytics.google.com",
                    "https://www.googletagmanager.com");
            add(sources, "img-src", "https://*.google-analytics.com", "https://www.googletagmanager.com");
        }
        if (hasNaverAnalytics()) {
            add(sources, "script-src", "https://wcs.naver.net");
            add(sources, "connect-src", "https://wcs.naver.com");
            add(sources, "img-src", "https://wcs.naver.com", "https://wcs.naver.net");
        }
        return sources;
    }

    private static void add(Map<String, List<String>> sources, String directive, String... hosts) {
        sources.computeIfAbsent(directive, d -> new java.util.ArrayList<>()).addAll(List.of(hosts));
    }
}
