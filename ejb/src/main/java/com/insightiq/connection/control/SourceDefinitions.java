package com.insightiq.connection.control;

import com.insightiq.connection.entity.Engine;
import com.insightiq.connection.entity.SslMode;
import com.insightiq.tenancy.entity.Slug;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads a data source's definition straight from its tenant schema with JDBC, for callers that run outside a tenant
 * transaction (batch steps, pools). The schema name only ever comes from a validated {@link Slug}.
 */
@ApplicationScoped
public class SourceDefinitions {
    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    public Optional<SourceDefinition> find(Slug tenant, long id) {
        String sql = "SELECT id, name, engine, host, port, database_name, username, password_secret, ssl_mode, options,"
                + " ssh_host, ssh_port, ssh_user, ssh_password_secret, ssh_key_secret, allow_writes, version"
                + " FROM \"" + tenant.schema() + "\".data_source WHERE id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(tenant, rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read data source " + id + " of " + tenant, e);
        }
    }

    private static SourceDefinition read(Slug tenant, ResultSet rs) throws SQLException {
        Optional<SourceDefinition.Tunnel> tunnel = Optional.ofNullable(rs.getString("ssh_host"))
                .map(host -> {
                    try {
                        return new SourceDefinition.Tunnel(host, rs.getInt("ssh_port"), rs.getString("ssh_user"),
                                Optional.ofNullable(rs.getBytes("ssh_password_secret")),
                                Optional.ofNullable(rs.getBytes("ssh_key_secret")));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
        return new SourceDefinition(tenant, rs.getLong("id"), rs.getString("name"),
                Engine.valueOf(rs.getString("engine")), rs.getString("host"), rs.getInt("port"),
                rs.getString("database_name"), rs.getString("username"),
                Optional.ofNullable(rs.getBytes("password_secret")), SslMode.valueOf(rs.getString("ssl_mode")),
                parseOptions(rs.getString("options")), tunnel, rs.getBoolean("allow_writes"), rs.getInt("version"));
    }

    /** Options are stored as a flat JSON object of strings. */
    public static Map<String, String> parseOptions(String json) {
        Map<String, String> options = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return options;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((key, value) -> options.put(key,
                    value instanceof JsonString s ? s.getString() : value.toString()));
        }
        return options;
    }

    public static String formatOptions(Map<String, String> options) {
        var builder = Json.createObjectBuilder();
        options.forEach(builder::add);
        return builder.build().toString();
    }
}
