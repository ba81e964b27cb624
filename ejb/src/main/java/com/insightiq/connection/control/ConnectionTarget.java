package com.insightiq.connection.control;

import com.insightiq.connection.entity.SslMode;
import java.time.Duration;
import java.util.Map;

/**
 * Where and as whom to connect, already validated and with secrets decrypted. Host and port are those the JDBC driver
 * dials: with an SSH tunnel, the local end of the tunnel. {@code toString} never shows the password.
 */
public record ConnectionTarget(String host, int port, String database, String username, String password,
                               SslMode sslMode, Map<String, String> options, Duration connectTimeout) {

    public ConnectionTarget {
        options = Map.copyOf(options == null ? Map.of() : options);
        sslMode = sslMode == null ? SslMode.PREFER : sslMode;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
    }

    public ConnectionTarget through(String localHost, int localPort) {
        return new ConnectionTarget(localHost, localPort, database, username, password, sslMode, options, connectTimeout);
    }

    @Override
    public String toString() {
        return "ConnectionTarget[" + username + "@" + host + ":" + port + "/" + database + ", ssl=" + sslMode.code() + "]";
    }
}
