package com.insightiq.catalog.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.catalog.boundary.CatalogViews.ScheduleInfo;
import com.insightiq.catalog.boundary.CatalogViews.SyncInfo;
import com.insightiq.catalog.control.CatalogSyncs;
import com.insightiq.catalog.entity.CatalogSync;
import com.insightiq.catalog.entity.FingerprintMode;
import com.insightiq.catalog.entity.SyncSchedule;
import com.insightiq.catalog.entity.SyncTrigger;
import com.insightiq.connection.entity.DataSource;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Slug;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Sync on demand, the sync history with progress, and each data source's sync schedule. */
@Stateless
public class Syncs {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @Inject
    CatalogSyncs syncs;

    /** Queues a sync (or returns the one queued or running). {@code fingerprint}: all, changed (default), none. */
    public SyncInfo request(String slug, long dataSourceId, String fingerprint) {
        access.enter(slug, "datasource", "sync");
        dataSource(slug, dataSourceId);
        FingerprintMode mode = FingerprintMode.CHANGED;
        if (fingerprint != null) {
            try {
                mode = FingerprintMode.valueOf(fingerprint.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("fingerprint must be \"all\", \"changed\" or \"none\".");
            }
        }
        return info(syncs.request(new Slug(slug), dataSourceId, caller.userId(), SyncTrigger.MANUAL, mode));
    }

    public List<SyncInfo> history(String slug, long dataSourceId) {
        access.enter(slug, Catalog.RESOURCE, Catalog.VIEW);
        dataSource(slug, dataSourceId);
        return em.createNamedQuery(CatalogSync.HISTORY, CatalogSync.class).setParameter("dataSource", dataSourceId)
                .setMaxResults(50).getResultStream().map(Syncs::info).toList();
    }

    public SyncInfo get(String slug, long dataSourceId, long syncId) {
        access.enter(slug, Catalog.RESOURCE, Catalog.VIEW);
        CatalogSync sync = em.find(CatalogSync.class, syncId);
        if (sync == null || sync.dataSourceId() != dataSourceId) {
            throw new NotFoundException("There is no sync " + syncId + " of data source " + dataSourceId + ".");
        }
        return info(sync);
    }

    public ScheduleInfo schedule(String slug, long dataSourceId) {
        access.enter(slug, "datasource", "view");
        return schedule(dataSource(slug, dataSourceId));
    }

    /** Sets "daily HH:MM" (UTC) or "off"; the next due time follows from now. */
    public ScheduleInfo reschedule(String slug, long dataSourceId, String text) {
        access.enter(slug, "datasource", "edit");
        DataSource source = dataSource(slug, dataSourceId);
        String problem = SyncSchedule.problemWith(text);
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
        SyncSchedule schedule = SyncSchedule.parse(text);
        source.scheduleSync(schedule.text(), schedule.nextAfter(Instant.now()).orElse(null));
        em.flush();
        return schedule(source);
    }

    private static ScheduleInfo schedule(DataSource source) {
        return new ScheduleInfo(source.getId(), source.getSyncSchedule(), source.getNextSyncAt().orElse(null));
    }

    private DataSource dataSource(String slug, long id) {
        DataSource source = em.find(DataSource.class, id);
        if (source == null) {
            throw new NotFoundException("There is no data source " + id + " in '" + slug + "'.");
        }
        return source;
    }

    static SyncInfo info(CatalogSync s) {
        return new SyncInfo(s.id(), s.jobRunId(), s.dataSourceId(), s.status().name().toLowerCase(Locale.ROOT),
                s.trigger().name().toLowerCase(Locale.ROOT), s.fingerprint().name().toLowerCase(Locale.ROOT),
                s.tablesTotal().orElse(null), s.tablesDone(), s.added(), s.changed(), s.removed(), s.fingerprinted(),
                s.requestedAt(), s.startedAt().orElse(null), s.finishedAt().orElse(null), s.error().orElse(null));
    }
}
