package org.serviceportal.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed: a
 * list of CIDR blocks ({@code 10.0.0.0/8, ::1/128}; a bare address means just that one). Anyone can
 * send those headers, so they are read only from a peer in this list, and the client is the
 * right-most address in {@code X-Forwarded-For} that is not itself a trusted proxy.
 */
public final class TrustedProxies {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private record Block(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** Parses a comma-separated CIDR list; an empty or missing list trusts no one. */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<Block> blocks = new ArrayList<>();
        for (String entry : list.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int slash = e.indexOf('/');
            byte[] network = literal(slash < 0 ? e : e.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("portal.http.trusted-proxies: not an address: " + e);
            }
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(e.substring(slash + 1).strip());
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("portal.http.trusted-proxies: bad prefix length: " + e);
            }
            blocks.add(new Block(network, prefix));
        }
        return new TrustedProxies(List.copyOf(blocks));
    }

    public boolean trusts(String address) {
        byte[] a = literal(address);
        return a != null && blocks.stream().anyMatch(b -> b.contains(a));
    }

    /**
     * The client's address: the peer itself, unless the peer is a trusted proxy; then the right-most
     * address of {@code X-Forwarded-For} (all its headers, in order) that is not a trusted proxy.
     */
    public String client(String peer, List<String> forwardedFor) {
        if (!trusts(peer) || forwardedFor == null || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop) == null) {
                // garbage in the chain: stop at the last address we could vouch for
                return client;
            }
            client = hop;
            if (!trusts(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** Whether the request reached the first trusted proxy over HTTPS. */
    public boolean secure(String peer, boolean direct, String forwardedProto) {
        if (forwardedProto == null || !trusts(peer)) {
            return direct;
        }
        String first = forwardedProto.split(",")[0].strip();
        return first.equalsIgnoreCase("https");
    }

    /** An IP literal's bytes, or null; never a name look-up. */
    private static byte[] literal(String s) {
        if (s == null || s.isEmpty() || s.length() > 45 || !LITERAL.matcher(s).matches()) {
            return null;
        }
        if (s.indexOf(':') < 0 && s.chars().filter(c -> c == '.').count() != 3) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
