package kr.co.saenal.sandan.platform.web;

import java.util.regex.Pattern;

/**
 * Which clients are programs rather than people, by what they call themselves: search engines' and messengers'
 * crawlers (Googlebot, Naver's Yeti, Daum, Kakao's link preview), monitoring, audits and load tools, and HTTP
 * libraries. A program can pretend to be a browser; this only keeps the honest ones from being counted as readers.
 */
public final class UserAgents {

    private static final Pattern PROGRAM = Pattern.compile(
            "bot\\b|bot/|crawl|spider|slurp|yeti|daum|facebookexternalhit|kakaotalk-scrap|scrap|preview|"
                    + "lighthouse|pingdom|uptime|monitor|check_http|zabbix|prometheus|"
                    + "curl|wget|python|java/|go-http|okhttp|http-?client|axios|node-fetch|undici|wrk|jmeter|gatling|"
                    + "^apachebench|^ab/",
            Pattern.CASE_INSENSITIVE);

    private UserAgents() {}

    /** Whether {@code userAgent} (the header, or {@code null}) names a program, or nothing at all. */
    public static boolean isProgram(String userAgent) {
        return userAgent == null
                || userAgent.isBlank()
                || PROGRAM.matcher(userAgent).find();
    }
}
