package kr.co.saenal.sandan.news.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import kr.co.saenal.sandan.platform.KoreanTime;

/**
 * Counting once per reader and day (readings of articles, downloads of files): what the reader has been counted for
 * today is in a cookie of the reader's own ({@link ReadArticles}'s format), kept until midnight in Korea.
 */
final class OncePerDay {

    private OncePerDay() {}

    /**
     * Whether {@code id} is the reader's first today by the cookie {@code name}; if so the answer remembers it.
     *
     * @param path where the browser sends the cookie back, below the context path (e.g. {@code /news/})
     */
    static boolean first(
            HttpServletRequest request, HttpServletResponse response, String name, String path, long id, Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(KoreanTime.ZONE);
        ReadArticles counted = ReadArticles.from(cookie(request, name), now.toLocalDate());
        if (counted.contains(id)) {
            return false;
        }
        Cookie remember = new Cookie(name, counted.cookieValueWith(id));
        remember.setPath(request.getContextPath() + path);
        remember.setMaxAge((int) Math.max(
                60,
                Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(KoreanTime.ZONE))
                        .toSeconds()));
        remember.setHttpOnly(true);
        // Not Strict: most readers arrive by links from other sites, and without the cookie they would count again.
        remember.setAttribute("SameSite", "Lax");
        response.addCookie(remember);
        return true;
    }

    private static String cookie(HttpServletRequest request, String name) {
        String value = null;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (name.equals(cookie.getName())) {
                    value = cookie.getValue();
                }
            }
        }
        return value;
    }
}
