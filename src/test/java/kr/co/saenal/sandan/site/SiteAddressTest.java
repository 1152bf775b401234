package kr.co.saenal.sandan.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteAddressTest {

    @Test
    void theConfiguredAddressLosesItsTrailingSlash() {
        assertEquals(Optional.of("https://www.sandan.co.kr"), SiteAddress.configured("https://www.sandan.co.kr/"));
        assertEquals(Optional.of("https://example.com/site"), SiteAddress.configured(" https://example.com/site "));
    }

    @Test
    void anythingButAPlainHttpAddressIsIgnored() {
        for (String bad : new String[] {
            null,
            " ",
            "www.sandan.co.kr",
            "ftp://sandan.co.kr",
            "https://a.kr/?x=1",
            "https://user@a.kr",
            "https://a.kr/#top",
            "https://"
        }) {
            assertEquals(Optional.empty(), SiteAddress.configured(bad), bad);
        }
    }
}
