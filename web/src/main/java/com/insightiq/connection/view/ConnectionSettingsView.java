package com.insightiq.connection.view;

import com.insightiq.connection.boundary.ConnectionSettings;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The tenant admin's bound on connections per database, shown under the list of databases. */
@Named("connectionSettingsView")
@ViewScoped
public class ConnectionSettingsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ConnectionSettings settings;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notices notices;

    private String slug;
    private Integer maxPoolSize;
    private int ceiling;

    @PostConstruct
    void load() {
        slug = currentTenant.slug().orElse(null);
        if (slug != null && currentUser.may("settings", "view")) {
            notices.fetch(() -> settings.get(slug)).ifPresent(this::show);
        }
    }

    public void save() {
        notices.fetch(() -> settings.change(slug, new ConnectionSettings.Values(maxPoolSize, null))).ifPresent(v -> {
            show(v);
            notices.info("datasources.pool.saved", v.maxPoolSize());
        });
    }

    private void show(ConnectionSettings.Values values) {
        maxPoolSize = values.maxPoolSize();
        ceiling = values.poolSizeCeiling();
    }

    public Integer getMaxPoolSize() {
        return maxPoolSize;
    }

    public void setMaxPoolSize(Integer maxPoolSize) {
        this.maxPoolSize = maxPoolSize;
    }

    public int getCeiling() {
        return ceiling;
    }
}
