package com.insightiq.sample.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.Driver;
import org.postgresql.PGProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The sample database's configuration (INSIGHTIQ_SAMPLE_*; the run command sets it for the embedded PostgreSQL) and
 * the one call that makes sure it is loaded. Not configured (unset, blank or "none"): there is no sample.
 */
@ApplicationScoped
public class SampleDatabase {
    private static final Logger LOG = Logger.getLogger(SampleDatabase.class.getName());

    @Inject
    @ConfigProperty(name = "insightiq.sample.url", defaultValue = "none")
    String url;

    @Inject
    @ConfigProperty(name = "insightiq.sample.owner", defaultValue = "none")
    String owner;

    @Inject
    @ConfigProperty(name = "insightiq.sample.owner-password", defaultValue = "")
    String ownerPassword;

    @Inject
    @ConfigProperty(name = "insightiq.sample.reader", defaultValue = "none")
    String reader;

    @Inject
    @ConfigProperty(name = "insightiq.sample.reader-password", defaultValue = "")
    String readerPassword;

    /**
     * Connects as the owner, loads the sample if its tables are missing (a second call does nothing more than
     * repeat the reader's grants) and says how to read it.
     *
     * @return the reader's connection, or empty when no sample database is configured
     * @throws IllegalStateException when it is configured but cannot be reached or loaded
     */
    public Optional<SampleConnection> ensureLoaded() {
        if (!isSet(url) || !isSet(owner) || !isSet(reader)) {
            LOG.info("No sample database configured (INSIGHTIQ_SAMPLE_URL, _OWNER, _READER); skipping it.");
            return Optional.empty();
        }
        SampleConnection readerConnection = readerConnection();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        try (Connection connection = dataSource.getConnection(owner, ownerPassword)) {
            boolean loaded = SampleLoader.ensureLoaded(connection, reader);
            if (!loaded) {
                LOG.fine(() -> "Sample database already loaded at " + readerConnection.jdbcUrl());
            }
            return Optional.of(readerConnection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the sample database at " + url + " as " + owner + ": "
                    + e.getMessage(), e);
        }
    }

    private SampleConnection readerConnection() {
        Properties parsed = Driver.parseURL(url, null);
        if (parsed == null) {
            throw new IllegalStateException("insightiq.sample.url is not a PostgreSQL JDBC URL: " + url);
        }
        String host = PGProperty.PG_HOST.getOrDefault(parsed);
        String port = PGProperty.PG_PORT.getOrDefault(parsed);
        if (host.contains(",")) {
            throw new IllegalStateException("insightiq.sample.url must name one host: " + url);
        }
        return new SampleConnection(host, Integer.parseInt(port), PGProperty.PG_DBNAME.getOrDefault(parsed), reader,
                readerPassword);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank() && !"none".equals(value);
    }
}
