package com.insightiq.connection.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a connection to a tenant's database uses TLS; each driver maps it to its own JDBC properties. */
public enum SslMode {
    /** Plain text: only sensible on a trusted network. */
    DISABLE,
    /** TLS when the server offers it, plain text otherwise. */
    PREFER,
    /** TLS always, without checking the server certificate. */
    REQUIRE,
    /** TLS always, with the certificate checked against the host name. */
    VERIFY_FULL;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SslMode> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.code().equals(wanted)).findFirst();
    }
}
