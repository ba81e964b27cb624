package com.insightiq.dashboard.control;

import com.insightiq.access.control.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's embedding state in its tenant_setting table: {@code embedding.secret} (256 random bits, base64url) and,
 * per dashboard with embedding on, {@code embedding.runner.<dashboardId>}: the admin who turned it on, whose rights
 * the embedded runs use. Callers own the transaction and pass the tenant's (validated) schema.
 */
@ApplicationScoped
public class EmbeddingSettings {
    public static final String SECRET = "embedding.secret";
    static final String RUNNER = "embedding.runner.";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    public Optional<String> secret(String schema) {
        return read(schema, SECRET);
    }

    /** The secret, made on first use; two first uses at once end with the same secret. */
    public String secretOrNew(String schema) {
        em.createNativeQuery("INSERT INTO \"" + schema + "\".tenant_setting (name, value) VALUES (?, ?)"
                        + " ON CONFLICT (name) DO NOTHING")
                .setParameter(1, SECRET).setParameter(2, SecretTokens.newToken()).executeUpdate();
        return secret(schema).orElseThrow(() -> new IllegalStateException("The embedding secret vanished"));
    }

    public String rotate(String schema) {
        String secret = SecretTokens.newToken();
        write(schema, SECRET, secret);
        return secret;
    }

    public Optional<Long> runner(String schema, long dashboardId) {
        return read(schema, RUNNER + dashboardId).flatMap(EmbeddingSettings::number);
    }

    public void setRunner(String schema, long dashboardId, long userId) {
        write(schema, RUNNER + dashboardId, Long.toString(userId));
    }

    public void clearRunner(String schema, long dashboardId) {
        em.createNativeQuery("DELETE FROM \"" + schema + "\".tenant_setting WHERE name = ?")
                .setParameter(1, RUNNER + dashboardId).executeUpdate();
    }

    private Optional<String> read(String schema, String name) {
        List<?> rows = em.createNativeQuery("SELECT value FROM \"" + schema + "\".tenant_setting WHERE name = ?")
                .setParameter(1, name).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(rows.get(0).toString());
    }

    private void write(String schema, String name, String value) {
        em.createNativeQuery("INSERT INTO \"" + schema + "\".tenant_setting (name, value) VALUES (?, ?) "
                        + "ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value")
                .setParameter(1, name).setParameter(2, value).executeUpdate();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
