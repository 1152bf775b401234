package kr.co.saenal.sandan.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebmasterRulesTest {

    @Test
    void tokensAndIdsAreTrimmedAndNothingSetAsksForNoHost() {
        WebmasterSettings checked = WebmasterTools.check(
                new WebmasterSettings(" 0a1b2c3d4e5f6071 ", "AbC-dEf_0123456789", "s_1a2b3c4d", "G-AB12CD34EF"));
        assertEquals("0a1b2c3d4e5f6071", checked.naverSiteVerification());
        assertEquals(
                List.of("https://www.googletagmanager.com", "https://wcs.naver.net"),
                checked.policySources().get("script-src"));
        assertTrue(WebmasterTools.check(new WebmasterSettings("", " ", null, ""))
                .policySources()
                .isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<meta name=\"google-site-verification\" content=\"abcdefghijkl\" />",
                "abc",
                "abcdefghijkl\"onload=\"x",
                "토큰토큰토큰토큰토큰토큰"
            })
    void aVerificationValueIsATokenNeverMarkup(String pasted) {
        RuleViolationException refused = assertThrows(
                RuleViolationException.class, () -> WebmasterTools.check(new WebmasterSettings("", pasted, "", "")));
        assertEquals(
                List.of("googleSiteVerification"),
                refused.errors().stream().map(FieldError::field).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UA-12345-1", "G-", "g-ab12cd34", "G-AB12<script>", "GTM-ABC123"})
    void aGoogleAnalyticsIdIsAMeasurementIdOfGa4(String typed) {
        assertThrows(
                RuleViolationException.class, () -> WebmasterTools.check(new WebmasterSettings("", "", "", typed)));
    }
}
