package com.insightiq.connection.control;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Host patterns an operator writes in INSIGHTIQ_ALLOWED_HOSTS / INSIGHTIQ_DENIED_HOSTS: a host name
 * ({@code db.corp.example}), a domain wildcard ({@code *.corp.example}), an IP address or a CIDR range
 * ({@code 10.0.0.0/8}, {@code fd00::/8}). Names match names; ranges match the addresses a name resolves to.
 */
public final class HostRules {
    private final List<String> names = new ArrayList<>();
    private final List<String> suffixes = new ArrayList<>();
    private final List<Range> ranges = new ArrayList<>();

    private HostRules() {
    }

    public static HostRules parse(String text) {
        HostRules rules = new HostRules();
        if (text == null) {
            return rules;
        }
        for (String raw : text.split("[,\\s]+")) {
            String pattern = raw.trim().toLowerCase(Locale.ROOT);
            if (pattern.isEmpty()) {
                continue;
            }
            if (pattern.startsWith("*.")) {
                rules.suffixes.add(pattern.substring(1));
            } else if (pattern.contains("/") || isAddressLiteral(pattern)) {
                rules.ranges.add(Range.parse(pattern));
            } else {
                rules.names.add(pattern);
            }
        }
        return rules;
    }

    public boolean isEmpty() {
        return names.isEmpty() && suffixes.isEmpty() && ranges.isEmpty();
    }

    /** True when the name matches a name or wildcard, or any of its addresses lies in a range. */
    public boolean matches(String host, List<InetAddress> addresses) {
        String name = host.toLowerCase(Locale.ROOT);
        if (names.contains(name) || suffixes.stream().anyMatch(name::endsWith)) {
            return true;
        }
        return addresses.stream().anyMatch(a -> ranges.stream().anyMatch(r -> r.contains(a)));
    }

    static boolean isAddressLiteral(String text) {
        return text.matches("[0-9.]+") || (text.contains(":") && text.matches("[0-9a-f:.\\[\\]]+"));
    }

    /** An address range; a single address is a range with a full prefix. */
    record Range(byte[] network, int prefix) {
        static Range parse(String cidr) {
            String[] parts = cidr.split("/", 2);
            try {
                byte[] address = InetAddress.getByName(parts[0].replace("[", "").replace("]", "")).getAddress();
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new IllegalArgumentException("Bad prefix length in host rule '" + cidr + "'");
                }
                return new Range(address, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("Not an address or CIDR range in host rule '" + cidr + "'");
            }
        }

        boolean contains(InetAddress candidate) {
            byte[] address = candidate.getAddress();
            if (address.length != network.length) {
                return false;
            }
            int shift = address.length * 8 - prefix;
            return new BigInteger(1, address).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }
    }
}
