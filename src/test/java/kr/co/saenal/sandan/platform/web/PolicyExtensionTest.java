package kr.co.saenal.sandan.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyExtensionTest {

    private static final String POLICY =
            "default-src 'self'; connect-src 'self'; script-src 'self' 'nonce-abc'; frame-ancestors 'none'";

    @Test
    void sourcesAreAddedToTheirOwnDirectivesOnly() {
        assertEquals(
                "default-src 'self'; connect-src 'self' https://*.google-analytics.com; "
                        + "script-src 'self' 'nonce-abc' https://www.googletagmanager.com; frame-ancestors 'none'",
                PolicyExtension.extend(
                        POLICY,
                        Map.of(
                                "script-src", List.of("https://www.googletagmanager.com"),
                                "connect-src", List.of("https://*.google-analytics.com"))));
    }

    @Test
    void extendingTwiceChangesNothingMore() {
        Map<String, List<String>> wanted = Map.of("script-src", List.of("https://wcs.naver.net"));
        String once = PolicyExtension.extend(POLICY, wanted);
        assertEquals(once, PolicyExtension.extend(once, wanted));
    }

    @Test
    void aMissingDirectiveKeepsOurOwnOriginBesideTheNewSource() {
        assertEquals(
                "script-src 'self'; img-src 'self' https://wcs.naver.com",
                PolicyExtension.extend("script-src 'self'", Map.of("img-src", List.of("https://wcs.naver.com"))));
    }

    @Test
    void nothingWantedIsThePolicyAsItWas() {
        assertSame(POLICY, PolicyExtension.extend(POLICY, Map.of()));
    }
}
