package org.serviceportal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    /** A resolver of a few fixed names, as DNS would answer them. */
    private static final WebhookTargets.Resolver FAKE_DNS = host -> {
        Map<String, String> names = Map.of("hooks.example.org", "93.184.216.34", "internal.example.org", "10.1.2.3",
                "rebound.example.org", "169.254.169.254", "localhost", "127.0.0.1");
        String address = names.get(host);
        if (address == null) {
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return List.of(InetAddress.getByName(host)); // a literal: no lookup
            }
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(address));
    };

    private static Optional<String> refusal(String url, boolean allowPrivate) {
        return WebhookTargets.check(url, allowPrivate, FAKE_DNS).map(WebhookTargets.Refusal::key);
    }

    @Test
    void acceptsAnHttpsAddressThatResolvesToAPublicAddress() {
        assertEquals(Optional.empty(), refusal("https://hooks.example.org/portal?channel=ops", false));
        assertEquals(Optional.empty(), refusal("https://93.184.216.34:8443/hook", false));
    }

    @Test
    void refusesPlainHttpUnlessPrivateTargetsAreAllowed() {
        assertEquals(Optional.of("webhook.error.https"), refusal("http://hooks.example.org/hook", false));
        assertEquals(Optional.empty(), refusal("http://hooks.example.org/hook", true));
        assertEquals(Optional.of("webhook.error.https"), refusal("ftp://hooks.example.org/hook", true));
    }

    @Test
    void refusesLoopbackPrivateAndLinkLocalTargets() {
        for (String url : List.of("https://127.0.0.1/hook", "https://localhost:8443/hook", "https://10.0.0.8/hook",
                "https://172.16.5.4/hook", "https://192.168.1.1/hook", "https://169.254.169.254/latest/meta-data",
                "https://0.0.0.0/hook", "https://100.64.0.1/hook", "https://[::1]/hook", "https://[fe80::1]/hook",
                "https://[fd12:3456::1]/hook", "https://[::ffff:127.0.0.1]/hook", "https://[::ffff:10.0.0.1]/hook",
                "https://internal.example.org/hook", "https://rebound.example.org/hook", "https://224.0.0.1/hook")) {
            assertEquals(Optional.of("webhook.error.privateAddress"), refusal(url, false), url);
        }
    }

    @Test
    void allowsPrivateTargetsWhenTheSettingSaysSo() {
        assertEquals(Optional.empty(), refusal("http://127.0.0.1:8080/hook", true));
        assertEquals(Optional.empty(), refusal("https://internal.example.org/hook", true));
    }

    @Test
    void refusesMalformedAddressesAndUnknownNames() {
        for (String url : List.of("", "hooks.example.org/hook", "https:///hook", "https://user:pw@hooks.example.org/hook",
                "https://hooks.example.org/hook#x", "not a url", "mailto:ops@example.org")) {
            assertEquals(Optional.of("webhook.error.url"), refusal(url, false), url);
        }
        assertEquals(Optional.of("webhook.error.unknownHost"), refusal("https://nowhere.example.org/hook", false));
    }

    @Test
    void tellsPublicAddressesFromTheOthers() throws Exception {
        assertTrue(WebhookTargets.isPublic(InetAddress.getByName("8.8.8.8")));
        assertTrue(WebhookTargets.isPublic(InetAddress.getByName("2001:4860:4860::8888")));
        assertFalse(WebhookTargets.isPublic(InetAddress.getByName("::")));
        assertFalse(WebhookTargets.isPublic(InetAddress.getByName("::127.0.0.1")));
        assertFalse(WebhookTargets.isPublic(InetAddress.getByName("2002:7f00:1::1"))); // 6to4 of 127.0.0.1
        assertFalse(WebhookTargets.isPublic(InetAddress.getByName("64:ff9b::a00:1"))); // NAT64 of 10.0.0.1
        assertFalse(WebhookTargets.isPublic(InetAddress.getByName("255.255.255.255")));
    }
}
