package kr.co.saenal.sandan.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import org.junit.jupiter.api.Test;

class SiteAddressTest {

    @Test
    void theConfiguredAddressLosesItsTrailingSlash() {
        assertEquals(Optional.of("https://www.sandan.co.kr"), SiteAddress.parse("https://www.sandan.co.kr/"));
        assertEquals(Optional.of("https://example.com/site"), SiteAddress.parse(" https://example.com/site "));
        assertEquals(Optional.of("https://example.com"), SiteAddress.parse("HTTPS://example.com"));
    }

    @Test
    void anythingButAPlainHttpAddressIsRefused() {
        for (String bad : new String[] {
            "www.sandan.co.kr",
            "ftp://sandan.co.kr",
            "https://a.kr/?x=1",
            "https://user@a.kr",
            "https://a.kr/#top",
            "https://"
        }) {
            assertEquals(Optional.empty(), SiteAddress.parse(bad), bad);
            SettingsReader read = SettingsReader.with("sandan.site-url", bad);
            assertEquals(Optional.empty(), SiteAddress.configured(read), bad);
            assertEquals(
                    List.of("SANDAN_SITE_URL=" + bad.strip()
                            + ": expected an http(s) address without query or fragment (https://www.sandan.co.kr)"),
                    read.problems());
        }
    }

    @Test
    void productionNeedsHttpsAndDevelopmentAllowsHttp() {
        SettingsReader production = SettingsReader.with("sandan.site-url", "http://localhost:8080");
        assertEquals(Optional.empty(), SiteAddress.configured(production));
        assertEquals(
                List.of("SANDAN_SITE_URL=http://localhost:8080: expected an https address in production"
                        + " (SANDAN_MODE=development allows http)"),
                production.problems());

        SettingsReader development =
                SettingsReader.of(Map.of("sandan.site-url", "http://localhost:8080", "sandan.mode", "development"));
        assertEquals(Optional.of("http://localhost:8080"), SiteAddress.configured(development));
        assertEquals(List.of(), development.problems());
        assertEquals(List.of(), new SiteUrlSettings(SettingsReader.with("sandan.site-url", null)).problems());
    }
}
