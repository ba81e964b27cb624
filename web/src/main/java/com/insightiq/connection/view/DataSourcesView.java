package com.insightiq.connection.view;

import com.insightiq.connection.boundary.DataSourceInfo;
import com.insightiq.connection.boundary.DataSources;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The tenant's databases as a list, and deletion after the person typed the source's name: a deleted source takes
 * its pool with it, and later everything built on it.
 */
@Named("dataSourcesView")
@ViewScoped
public class DataSourcesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DataSources dataSources;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notices notices;

    private String slug;
    // Boundary records are not serializable; after the session was passivated they are simply loaded again.
    private transient List<DataSourceInfo> list;
    private Long deletedId;
    private String deletedName;
    private String deleteConfirmation;

    @PostConstruct
    void load() {
        slug = currentTenant.slug().orElse(null);
    }

    public List<DataSourceInfo> getList() {
        if (list == null) {
            refresh();
        }
        return list;
    }

    public void refresh() {
        list = slug == null || !currentUser.may("datasource", "view") ? List.of()
                : notices.fetch(() -> dataSources.list(slug)).orElse(List.of());
    }

    public void askDelete(DataSourceInfo source) {
        deletedId = source.id();
        deletedName = source.name();
        deleteConfirmation = null;
    }

    /** Deletes only when the typed text is the source's name exactly; the dialog stays open otherwise. */
    public void delete() {
        String typed = deleteConfirmation == null ? "" : deleteConfirmation.strip();
        deleteConfirmation = null;
        if (deletedId == null || !typed.equals(deletedName)) {
            notices.error("datasources.delete.mismatch", deletedName);
            return;
        }
        long id = deletedId;
        if (notices.run(() -> dataSources.delete(slug, id))) {
            notices.info("datasources.deleted", deletedName);
            PrimeFaces.current().ajax().addCallbackParam("done", true);
            deletedId = null;
            deletedName = null;
        }
        refresh();
    }

    public String getDeletedName() {
        return deletedName;
    }

    public String getDeleteConfirmation() {
        return deleteConfirmation;
    }

    public void setDeleteConfirmation(String deleteConfirmation) {
        this.deleteConfirmation = deleteConfirmation;
    }
}
