package com.insightiq.query.boundary;

import com.insightiq.query.control.ExportFiles;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every 15 minutes removes export files older than {@code insightiq.export.keep-hours}. Downloads already refuse a
 * file past its expiry, so a late tick only costs disk space, never exposure. Not persistent: the next tick covers a
 * missed one.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportCleanup {
    private static final Logger LOG = Logger.getLogger(ExportCleanup.class.getName());

    @Inject
    ExportFiles files;

    @Schedule(minute = "*/15", hour = "*", persistent = false, info = "export file cleanup")
    void tick() {
        int removed = files.removeExpired(Instant.now());
        if (removed > 0) {
            LOG.info(() -> "Removed " + removed + " expired export files");
        }
    }
}
