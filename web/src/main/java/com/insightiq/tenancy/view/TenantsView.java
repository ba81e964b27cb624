package com.insightiq.tenancy.view;

import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.boundary.TenantInfo;
import com.insightiq.tenancy.boundary.Tenants;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.PrimeFaces;

/** Platform administrators list, create, rename, suspend, resume and delete tenants, and set their host names. */
@Named("tenantsView")
@ViewScoped
public class TenantsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Tenants tenants;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notices notices;

    // Boundary records are not serializable; after the session was passivated they are simply loaded again.
    private transient List<TenantInfo> list;
    private String newSlug;
    private String newName;
    private String newAdminEmail;
    private String newAdminPassword;
    private String editedSlug;
    private String editedName;
    private String editedHosts;
    private String deletedSlug;
    private String deleteConfirmation;

    public List<TenantInfo> getList() {
        if (list == null) {
            refresh();
        }
        return list;
    }

    public void refresh() {
        list = currentUser.isPlatformAdmin() ? notices.fetch(tenants::list).orElse(List.of()) : List.of();
    }

    public void create() {
        Tenants.NewTenant request = new Tenants.NewTenant(trimmed(newSlug), newName, newAdminEmail, newAdminPassword);
        newAdminPassword = null;
        notices.fetch(() -> tenants.create(request)).ifPresent(created -> {
            notices.info("tenants.created", created.name(), created.slug());
            done();
            newSlug = null;
            newName = null;
            newAdminEmail = null;
            refresh();
        });
    }

    public void suspend(TenantInfo tenant) {
        change(tenant.slug(), new Tenants.TenantChange(null, "suspended", null), "tenants.suspended");
    }

    public void resume(TenantInfo tenant) {
        change(tenant.slug(), new Tenants.TenantChange(null, "active", null), "tenants.resumed");
    }

    /** Fills the edit dialog. */
    public void edit(TenantInfo tenant) {
        editedSlug = tenant.slug();
        editedName = tenant.name();
        editedHosts = String.join(", ", tenant.hosts());
    }

    public void saveEdit() {
        List<String> hosts = editedHosts == null ? List.of() : Arrays.stream(editedHosts.split("[,\\s]+"))
                .map(String::trim).filter(host -> !host.isEmpty()).toList();
        if (change(editedSlug, new Tenants.TenantChange(editedName, null, hosts), "tenants.saved")) {
            done();
        }
    }

    /** Fills the delete dialog; the person must type the slug there. */
    public void askDelete(TenantInfo tenant) {
        deletedSlug = tenant.slug();
        deleteConfirmation = null;
    }

    public void delete() {
        String confirmation = trimmed(deleteConfirmation);
        if (notices.run(() -> tenants.delete(deletedSlug, confirmation))) {
            notices.info("tenants.deleted", deletedSlug);
            done();
            deletedSlug = null;
            refresh();
        }
        deleteConfirmation = null;
    }

    private boolean change(String slug, Tenants.TenantChange change, String doneKey) {
        boolean changed = notices.fetch(() -> tenants.change(slug, change)).isPresent();
        if (changed) {
            notices.info(doneKey, slug);
        }
        refresh();
        return changed;
    }

    /** Tells the page's oncomplete that the dialog may close. */
    private static void done() {
        PrimeFaces.current().ajax().addCallbackParam("done", true);
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }

    public String getNewSlug() {
        return newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewAdminEmail() {
        return newAdminEmail;
    }

    public void setNewAdminEmail(String newAdminEmail) {
        this.newAdminEmail = newAdminEmail;
    }

    public String getNewAdminPassword() {
        return newAdminPassword;
    }

    public void setNewAdminPassword(String newAdminPassword) {
        this.newAdminPassword = newAdminPassword;
    }

    public String getEditedSlug() {
        return editedSlug;
    }

    public String getEditedName() {
        return editedName;
    }

    public void setEditedName(String editedName) {
        this.editedName = editedName;
    }

    public String getEditedHosts() {
        return editedHosts;
    }

    public void setEditedHosts(String editedHosts) {
        this.editedHosts = editedHosts;
    }

    public String getDeletedSlug() {
        return deletedSlug;
    }

    public String getDeleteConfirmation() {
        return deleteConfirmation;
    }

    public void setDeleteConfirmation(String deleteConfirmation) {
        this.deleteConfirmation = deleteConfirmation;
    }
}
