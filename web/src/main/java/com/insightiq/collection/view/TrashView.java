package com.insightiq.collection.view;

import com.insightiq.collection.boundary.ItemInfo;
import com.insightiq.collection.boundary.Trash;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The trash: what the caller may curate, restored or deleted for good. */
@Named("trashView")
@ViewScoped
public class TrashView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Trash trash;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Notices notices;

    private transient List<ItemInfo> entries;

    public List<ItemInfo> getEntries() {
        if (entries == null && currentTenant.slug().isPresent()) {
            entries = notices.fetch(() -> trash.list(currentTenant.require())).orElse(List.of());
        }
        return entries == null ? List.of() : entries;
    }

    public void restore(ItemInfo entry) {
        String slug = currentTenant.require();
        if (notices.run(() -> {
            if ("collection".equals(entry.kind())) {
                trash.restore(slug, entry.id());
            } else {
                trash.restoreItem(slug, entry.kind(), entry.id());
            }
        })) {
            notices.info("collection.trash.restored", entry.name());
            entries = null;
        }
    }

    public void delete(ItemInfo entry) {
        String slug = currentTenant.require();
        if (notices.run(() -> {
            if ("collection".equals(entry.kind())) {
                trash.deleteForever(slug, entry.id());
            } else {
                trash.deleteItemForever(slug, entry.kind(), entry.id());
            }
        })) {
            notices.info("collection.trash.deleted", entry.name());
            entries = null;
        }
    }
}
