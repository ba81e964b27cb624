package com.insightiq.connection.boundary;

/**
 * The outcome of "test connection": {@code ok}, or a stable {@code problem} code (wrong-credentials, unknown-host,
 * port-closed, database-missing, ssl-required, timeout, host-not-allowed, ssh-failed, …) with a message to act on.
 */
public record ConnectionCheckResult(boolean ok, String problem, String message, String serverVersion, long durationMs) {
}
