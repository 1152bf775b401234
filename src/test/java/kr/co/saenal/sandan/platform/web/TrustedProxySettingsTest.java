package kr.co.saenal.sandan.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import org.junit.jupiter.api.Test;

class TrustedProxySettingsTest {

    @Test
    void addressesAndNetworksAreRead() {
        SettingsReader read = SettingsReader.with("sandan.trusted-proxies", "10.0.0.5, 10.1.0.0/16 ::1");
        assertTrue(TrustedProxySettings.ranges(read)
                .contains(AddressRanges.literal("10.1.2.3").orElseThrow()));
        assertEquals(List.of(), read.problems());
        assertTrue(TrustedProxySettings.ranges(SettingsReader.with("sandan.trusted-proxies", null))
                .isEmpty());
    }

    @Test
    void aMalformedListIsRefusedWithItsName() {
        for (String wrong : List.of("10.0.0.300", "proxy.example.kr", "10.0.0.0/33")) {
            TrustedProxySettings settings =
                    new TrustedProxySettings(SettingsReader.with("sandan.trusted-proxies", wrong));
            assertEquals(
                    List.of("SANDAN_TRUSTED_PROXIES=" + wrong
                            + ": expected IP addresses or networks separated by commas or spaces"
                            + " (10.0.0.5, 10.1.0.0/16, ::1)"),
                    settings.problems());
        }
    }
}
