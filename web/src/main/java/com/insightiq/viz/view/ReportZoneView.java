package com.insightiq.viz.view;

import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import com.insightiq.viz.boundary.ReportZone;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tenant's reporting time zone on the settings page (tenant admins): the zone charts and tables show times in.
 * The boundary checks the right and the id.
 */
@Named("reportZoneView")
@ViewScoped
public class ReportZoneView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Region ids (Europe/Berlin) and UTC: what people pick; the legacy aliases (CET, US/Pacific) are left out. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted().collect(Collectors.collectingAndThen(Collectors.toCollection(ArrayList::new), ids -> {
                ids.add(0, "UTC");
                return List.copyOf(ids);
            }));

    @Inject
    ReportZone reportZone;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Notices notices;

    private String zone;

    @PostConstruct
    void start() {
        zone = currentTenant.slug().flatMap(slug -> notices.fetch(() -> reportZone.zoneOf(slug))).map(ZoneId::getId)
                .orElse("UTC");
    }

    public void save() {
        currentTenant.slug().flatMap(slug -> notices.fetch(() -> reportZone.setZone(slug, zone))).ifPresent(saved -> {
            zone = saved.getId();
            notices.info("viz.timeZone.saved", zone);
        });
    }

    /** The choices; a stored zone that is not among them (an offset such as +02:00) is offered too. */
    public List<String> getZones() {
        if (zone == null || ZONES.contains(zone)) {
            return ZONES;
        }
        List<String> zones = new ArrayList<>(ZONES);
        zones.add(0, zone);
        return zones;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }
}
