package com.insightiq.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/** Whether an item is in the trash, since when and by whom; restoring clears both. */
@Embeddable
public class Archival {
    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "archived_by")
    private Long archivedBy;

    public void archive(long userId) {
        archivedAt = Instant.now();
        archivedBy = userId;
    }

    public void restore() {
        archivedAt = null;
        archivedBy = null;
    }

    public boolean archived() {
        return archivedAt != null;
    }

    public Optional<Instant> archivedAt() {
        return Optional.ofNullable(archivedAt);
    }

    public Optional<Long> archivedBy() {
        return Optional.ofNullable(archivedBy);
    }
}
