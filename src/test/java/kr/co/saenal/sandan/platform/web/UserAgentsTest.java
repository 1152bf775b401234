package kr.co.saenal.sandan.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserAgentsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)",
                "Mozilla/5.0 (compatible; Daum/4.1; +http://cs.daum.net/faq/15/4118.html?faqId=28966)",
                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "kakaotalk-scrap/1.0; +https://devtalk.kakao.com/",
                "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) Chrome-Lighthouse",
                "curl/7.88.1",
                "Wget/1.21.3",
                "python-requests/2.31.0",
                "Java/17.0.15",
                "Java-http-client/17.0.15",
                "Go-http-client/1.1",
                "okhttp/4.12.0",
                "Apache-HttpClient/4.5.14 (Java/17)",
                "wrk",
                "ApacheBench/2.3",
                "",
                "   "
            })
    void programsAreTold(String userAgent) {
        assertTrue(UserAgents.isProgram(userAgent), userAgent);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0"
                        + " Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                        + " Version/18.1 Mobile/15E148 Safari/604.1",
                "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
                "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0"
                        + " Mobile Safari/537.36 NAVER(inapp; search; 2000; 12.8.3)",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                        + " Mobile/15E148 KAKAOTALK 10.4.3",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:133.0) Gecko/20100101 Firefox/133.0"
            })
    void peopleAreNot(String userAgent) {
        assertFalse(UserAgents.isProgram(userAgent), userAgent);
    }

    @org.junit.jupiter.api.Test
    void noUserAgentIsAProgram() {
        assertTrue(UserAgents.isProgram(null));
    }
}
