package kr.co.saenal.sandan.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final AddressRanges proxies = AddressRanges.parse("127.0.0.1, 10.0.0.0/8 2001:db8::/32");

    @Test
    void networksContainTheirAddressesOnly() {
        assertTrue(proxies.contains(address("10.200.3.4")));
        assertTrue(proxies.contains(address("2001:db8:1::7")));
        assertFalse(proxies.contains(address("11.0.0.1")));
        assertFalse(proxies.contains(address("127.0.0.2")));
        assertTrue(AddressRanges.parse("192.168.1.128/25").contains(address("192.168.1.200")));
        assertFalse(AddressRanges.parse("192.168.1.128/25").contains(address("192.168.1.100")));
    }

    @Test
    void theClientIsTheFirstUntrustedHopFromTheRight() {
        assertEquals(
                Optional.of(address("203.0.113.9")),
                TrustedProxies.clientBehind(List.of("198.51.100.1, 203.0.113.9, 10.1.1.1"), proxies));
    }

    @Test
    void severalHeaderLinesAreOneList() {
        assertEquals(
                Optional.of(address("203.0.113.9")),
                TrustedProxies.clientBehind(List.of("198.51.100.1", "203.0.113.9"), proxies));
    }

    @Test
    void garbageStopsTheWalkAtTheLastAddressSeen() {
        assertEquals(
                Optional.of(address("10.9.9.9")),
                TrustedProxies.clientBehind(List.of("evil.example.com, 10.9.9.9"), proxies));
        assertEquals(Optional.empty(), TrustedProxies.clientBehind(List.of("' or 1=1 --"), proxies));
    }

    @Test
    void bracketedIpv6IsRead() {
        assertEquals(
                Optional.of(address("2001:db9::1")), TrustedProxies.clientBehind(List.of("[2001:db9::1]"), proxies));
    }

    @Test
    void hostNamesAreNeverLookedUp() {
        assertEquals(Optional.empty(), AddressRanges.literal("localhost"));
        assertEquals(Optional.empty(), AddressRanges.literal("300.1.1.1"));
        assertThrows(IllegalArgumentException.class, () -> AddressRanges.parse("proxy.internal"));
        assertThrows(IllegalArgumentException.class, () -> AddressRanges.parse("10.0.0.0/33"));
    }

    private static InetAddress address(String literal) {
        return AddressRanges.literal(literal).orElseThrow();
    }
}
