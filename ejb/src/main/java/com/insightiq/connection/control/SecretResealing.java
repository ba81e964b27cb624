package com.insightiq.connection.control;

import com.insightiq.tenancy.entity.Slug;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Finishes a key rotation: every stored secret that only the previous key opens is sealed again with the current one,
 * one tenant schema at a time. Run at startup; after it, INSIGHTIQ_SECRET_KEY_PREVIOUS can be removed.
 */
@ApplicationScoped
public class SecretResealing {
    private static final Logger LOG = Logger.getLogger(SecretResealing.class.getName());
    private static final List<String[]> COLUMNS = List.of(
            new String[] {"password_secret", SourceDefinition.PASSWORD},
            new String[] {"ssh_password_secret", SourceDefinition.SSH_PASSWORD},
            new String[] {"ssh_key_secret", SourceDefinition.SSH_KEY});

    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    @Inject
    SecretKeys keys;

    /** Returns how many secrets were re-sealed. Secrets no key opens are left alone and reported. */
    public int reseal(Slug tenant) {
        int resealed = 0;
        try (Connection c = dataSource.getConnection()) {
            for (String[] column : COLUMNS) {
                resealed += reseal(c, tenant, column[0], column[1]);
            }
        } catch (SQLException e) {
            LOG.warning("Could not re-seal data-source secrets of " + tenant + ": " + e.getMessage());
        }
        if (resealed > 0) {
            LOG.info("Re-sealed " + resealed + " data-source secrets of " + tenant + " with the current key.");
        }
        return resealed;
    }

    private int reseal(Connection c, Slug tenant, String column, String purpose) throws SQLException {
        String table = "\"" + tenant.schema() + "\".data_source";
        String context = SourceDefinition.secretContext(tenant, purpose);
        SecretBox box = keys.box();
        int count = 0;
        try (PreparedStatement select = c.prepareStatement("SELECT id, " + column + " FROM " + table
                + " WHERE " + column + " IS NOT NULL");
             PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                byte[] sealed = rs.getBytes(2);
                if (box.isCurrent(sealed, context)) {
                    continue;
                }
                try {
                    update.setBytes(1, box.seal(box.open(sealed, context), context));
                    update.setLong(2, rs.getLong(1));
                    update.executeUpdate();
                    count++;
                } catch (SecretBox.SecretUnreadableException e) {
                    LOG.warning("Data source " + rs.getLong(1) + " of " + tenant + " has a " + purpose
                            + " that no configured key opens; it must be entered again.");
                }
            }
        }
        return count;
    }
}
