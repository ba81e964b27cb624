package com.insightiq.sample.boundary;

import com.insightiq.connection.control.DataSourceSaved;
import com.insightiq.connection.control.SourceDefinition;
import com.insightiq.connection.control.SourceSecrets;
import com.insightiq.connection.entity.DataSource;
import com.insightiq.connection.entity.Engine;
import com.insightiq.connection.entity.SslMode;
import com.insightiq.sample.control.SampleConnection;
import com.insightiq.tenancy.control.TenantScope;
import com.insightiq.tenancy.entity.Slug;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Connects the sample database to a tenant as its read-only data source "Sample Database" and starts its first sync.
 * Done once per tenant: a tenant that deleted it does not get it back at the next start.
 */
@Stateless
public class SampleSource {
    public static final String NAME = "Sample Database";
    static final String REGISTERED = "sample.registered";
    /** Rows created by InsightIQ itself rather than by a person carry this user id. */
    static final long SYSTEM_USER = 0;

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantScope scope;

    @Inject
    SourceSecrets secrets;

    @Inject
    Event<DataSourceSaved> saved;

    /** Returns true when the source was added now. */
    public boolean registerOnce(Slug tenant, SampleConnection sample) {
        scope.enter(em, tenant.schema());
        String table = "\"" + tenant.schema() + "\".tenant_setting";
        int claimed = em.createNativeQuery("INSERT INTO " + table + " (name, value) VALUES (?, 'true') "
                + "ON CONFLICT (name) DO NOTHING").setParameter(1, REGISTERED).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        DataSource source = new DataSource(NAME, Engine.POSTGRESQL, SYSTEM_USER);
        source.connectTo(sample.host(), sample.port(), sample.database(), sample.username(), SslMode.DISABLE, "{}");
        source.storePasswordSecret(secrets.seal(tenant, SourceDefinition.PASSWORD, sample.password()));
        em.persist(source);
        em.flush();
        saved.fire(new DataSourceSaved(tenant, source.getId(), SYSTEM_USER, true));
        return true;
    }
}
