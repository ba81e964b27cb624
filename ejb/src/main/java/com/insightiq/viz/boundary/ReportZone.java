package com.insightiq.viz.boundary;

import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import com.insightiq.viz.control.ReportZones;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;

/**
 * The tenant's reporting time zone: every member reads it (charts need it), tenant admins change it.
 */
@Stateless
public class ReportZone {
    /** Reading: anyone who may view questions; changing: tenant admins, as for the query settings. */
    static final String READ_RESOURCE = "question";
    static final String CHANGE_RESOURCE = "settings";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    ReportZones zones;

    public ZoneId zoneOf(String slug) {
        Tenant tenant = access.enter(slug, READ_RESOURCE, "view");
        return zones.zoneOf(new Slug(tenant.slug()));
    }

    /** Sets the zone from an IANA id (400 when it is not one) and returns it. */
    public ZoneId setZone(String slug, String zoneId) {
        Tenant tenant = access.enter(slug, CHANGE_RESOURCE, "manage");
        ZoneId zone = ReportZones.check(zoneId);
        em.createNativeQuery("INSERT INTO \"" + tenant.schema() + "\".tenant_setting (name, value) VALUES (?, ?) "
                        + "ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value")
                .setParameter(1, ReportZones.SETTING).setParameter(2, zone.getId()).executeUpdate();
        return zone;
    }
}
