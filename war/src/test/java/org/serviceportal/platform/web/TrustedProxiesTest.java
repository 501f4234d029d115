package org.serviceportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7, ::1/128");

    @Test
    void believesForwardedForOnlyFromATrustedPeer() {
        assertEquals("203.0.113.9", proxies.client("10.1.2.3", List.of("203.0.113.9")));
        assertEquals("198.51.100.1", proxies.client("198.51.100.1", List.of("203.0.113.9")),
                "a client talking directly cannot pose as another address");
        assertEquals("203.0.113.9", proxies.client("::1", List.of("203.0.113.9")));
    }

    @Test
    void takesTheRightMostAddressThatIsNotATrustedProxy() {
        // the client forged the first entry; the trusted proxy appended what it saw
        assertEquals("203.0.113.9", proxies.client("10.0.0.1", List.of("1.2.3.4, 203.0.113.9, 10.0.0.2")));
        assertEquals("203.0.113.9", proxies.client("10.0.0.1", List.of("1.2.3.4", "203.0.113.9")));
    }

    @Test
    void stopsAtGarbageInTheChain() {
        assertEquals("203.0.113.9", proxies.client("10.0.0.1", List.of("evil.example, 203.0.113.9")));
        assertEquals("10.0.0.1", proxies.client("10.0.0.1", List.of("unknown")));
    }

    @Test
    void trustsNoOneByDefault() {
        var none = TrustedProxies.parse(null);
        assertEquals("10.0.0.1", none.client("10.0.0.1", List.of("203.0.113.9")));
        assertFalse(none.secure("10.0.0.1", false, "https"));
    }

    @Test
    void matchesPrefixesBitByBit() {
        var p = TrustedProxies.parse("172.16.0.0/12");
        assertTrue(p.trusts("172.31.255.255"));
        assertFalse(p.trusts("172.32.0.0"));
        assertFalse(p.trusts("::ffff:1"));
    }

    @Test
    void believesForwardedProtoOnlyFromATrustedPeer() {
        assertTrue(proxies.secure("10.0.0.1", false, "https"));
        assertFalse(proxies.secure("198.51.100.1", false, "https"));
        assertTrue(proxies.secure("198.51.100.1", true, null));
    }

    @Test
    void refusesAMistypedList() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example"));
    }
}
