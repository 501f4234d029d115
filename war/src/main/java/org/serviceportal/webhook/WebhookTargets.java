package org.serviceportal.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may point, against server-side request forgery: an absolute {@code https} address
 * whose host resolves only to public addresses. Loopback, private (RFC 1918, IPv6 unique local),
 * link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, "this network", multicast and
 * other reserved addresses are refused, as is any address that embeds one (IPv4-mapped IPv6). With
 * {@code portal.webhooks.allow-private-targets} (tests, an internal chat server) plain {@code http}
 * and every address are allowed.
 * <p>
 * Checked at registration and again before each delivery, after a fresh DNS resolution: a name that
 * pointed to a public address when it was registered may point elsewhere later.
 */
public final class WebhookTargets {

    /** Why a target is refused: a message key of the bundle, with its argument. */
    public record Refusal(String key, String argument) {
    }

    /** How host names become addresses (a seam for tests). */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** The JVM's resolver. */
    public static final Resolver DNS = host -> List.of(InetAddress.getAllByName(host));

    private WebhookTargets() {
    }

    /**
     * Why this address may not be a webhook's target, or empty when it may: checks its form, then
     * resolves its host and checks every address it resolves to.
     */
    public static Optional<Refusal> check(String url, boolean allowPrivate, Resolver resolver) {
        Optional<Refusal> form = checkForm(url, allowPrivate);
        if (form.isPresent()) {
            return form;
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = hostOf(URI.create(url.strip()));
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of(new Refusal("webhook.error.unknownHost", host));
        }
        if (addresses.isEmpty()) {
            return Optional.of(new Refusal("webhook.error.unknownHost", host));
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                return Optional.of(new Refusal("webhook.error.privateAddress", host));
            }
        }
        return Optional.empty();
    }

    /** The checks that need no DNS: an absolute https (or, when allowed, http) address with a host and no user info. */
    static Optional<Refusal> checkForm(String url, boolean allowPrivate) {
        if (url == null || url.isBlank()) {
            return Optional.of(new Refusal("webhook.error.url", ""));
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of(new Refusal("webhook.error.url", url.strip()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || hostOf(uri) == null || hostOf(uri).isBlank()
                || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of(new Refusal("webhook.error.url", url.strip()));
        }
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            return Optional.of(new Refusal("webhook.error.https", url.strip()));
        }
        return Optional.empty();
    }

    /** The host of the address, without the brackets of an IPv6 literal. */
    static String hostOf(URI uri) {
        String host = uri.getHost();
        if (host != null && host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return host;
    }

    /** Whether the address is one on the public internet (not loopback, private, link-local or reserved). */
    public static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local
            }
            if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return false; // fec0::/10 site local (deprecated)
            }
            boolean zeroPrefix = true;
            for (int i = 0; i < 10; i++) {
                zeroPrefix &= b[i] == 0;
            }
            if (zeroPrefix && b[10] == (byte) 0xff && b[11] == (byte) 0xff) {
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // ::ffff:0:0/96 IPv4-mapped
            }
            if (zeroPrefix && b[10] == 0 && b[11] == 0) {
                return false; // ::/96: unspecified, loopback and the deprecated IPv4-compatible addresses
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // 64:ff9b::/96 NAT64
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]}); // 2002::/16 6to4
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
                return false; // 2001:db8::/32 documentation
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return !(a0 == 0 // "this network"
                || a0 == 10 // private
                || a0 == 127 // loopback
                || (a0 == 100 && a1 >= 64 && a1 <= 127) // carrier-grade NAT
                || (a0 == 169 && a1 == 254) // link-local, cloud metadata
                || (a0 == 172 && a1 >= 16 && a1 <= 31) // private
                || (a0 == 192 && a1 == 0 && a2 == 0) // IETF protocol assignments
                || (a0 == 192 && a1 == 0 && a2 == 2) // documentation
                || (a0 == 192 && a1 == 168) // private
                || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
                || (a0 == 198 && a1 == 51 && a2 == 100) // documentation
                || (a0 == 203 && a1 == 0 && a2 == 113) // documentation
                || a0 >= 224); // multicast, reserved, broadcast
    }
}
