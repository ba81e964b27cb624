package com.insightiq.catalog.sync;

import com.insightiq.catalog.control.ColumnProfile;
import com.insightiq.catalog.control.ColumnProfiler;
import com.insightiq.connection.control.ColumnDescription;
import com.insightiq.connection.control.OpenSource;
import com.insightiq.connection.control.TableDescription;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

/**
 * Reads a bounded sample of a table ({@code Driver.sampleQuery}, default 2,000 rows, never a full scan) and profiles
 * each column that has comparable values. Binary and structured columns are not sampled. A sample that fails (no
 * SELECT grant, timeout) yields no profiles; the structure is kept anyway.
 */
@ApplicationScoped
public class Fingerprints {
    private static final Logger LOG = Logger.getLogger(Fingerprints.class.getName());

    @Inject
    @ConfigProperty(name = "insightiq.catalog.sample-rows", defaultValue = "2000")
    int sampleRows;

    @Inject
    @ConfigProperty(name = "insightiq.catalog.sample-timeout-seconds", defaultValue = "30")
    int timeoutSeconds;

    public Map<String, ColumnProfile> sample(OpenSource source, TableDescription description) {
        List<ColumnDescription> columns = description.columns().stream().filter(Fingerprints::sampled).toList();
        if (columns.isEmpty()) {
            return Map.of();
        }
        List<String> quoted = new ArrayList<>();
        List<ColumnProfiler> profilers = new ArrayList<>();
        for (ColumnDescription c : columns) {
            quoted.add(source.driver().quote(c.name()));
            profilers.add(new ColumnProfiler(c.jdbcType()));
        }
        int rows = rowsAsked();
        String sql = source.driver().sampleQuery(description.table(), quoted, rows);
        try (Statement st = source.connection().createStatement()) {
            st.setQueryTimeout(timeoutSeconds);
            st.setMaxRows(rows);
            st.setFetchSize(Math.min(rows, 1000));
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    for (int i = 0; i < profilers.size(); i++) {
                        profilers.get(i).accept(rs.getObject(i + 1));
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.info(() -> "Sampling " + description.table().schema() + "." + description.table().name()
                    + " failed; structure kept without a fingerprint: " + e);
            return Map.of();
        }
        Map<String, ColumnProfile> profiles = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            profiles.put(columns.get(i).name(), profilers.get(i).profile());
        }
        return profiles;
    }

    /**
     * The table's row count when its sample read all of it: every driver samples the first rows (LIMIT), so fewer
     * rows than asked means the limit never cut. Empty when the sample was cut or failed. This is what counts a table
     * the engine has no estimate for yet (PostgreSQL before the first ANALYZE), which NLQ needs to tell keys.
     */
    public OptionalLong wholeTableRows(Map<String, ColumnProfile> profiles) {
        return profiles.values().stream().mapToLong(ColumnProfile::sampledRows).filter(n -> n < rowsAsked())
                .findFirst();
    }

    private int rowsAsked() {
        return Math.max(1, Math.min(sampleRows, 10_000));
    }

    /** Columns whose values compare and count meaningfully; blobs, JSON, arrays and the like are skipped. */
    static boolean sampled(ColumnDescription c) {
        return switch (c.jdbcType()) {
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB, Types.CLOB, Types.NCLOB, Types.ARRAY,
                 Types.STRUCT, Types.SQLXML, Types.JAVA_OBJECT, Types.REF, Types.DATALINK, Types.ROWID, Types.NULL ->
                    false;
            case Types.OTHER -> c.databaseType() != null && c.databaseType().equalsIgnoreCase("uuid");
            default -> true;
        };
    }
}
