package com.insightiq.sample.control;

/**
 * Where the loaded sample can be read: the database's address and the read-only role's credentials, for registering
 * it as the demo tenant's data source.
 */
public record SampleConnection(String host, int port, String database, String username, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "SampleConnection[" + jdbcUrl() + ", user " + username + "]";
    }
}
