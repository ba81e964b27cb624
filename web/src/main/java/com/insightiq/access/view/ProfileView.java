package com.insightiq.access.view;

import com.insightiq.access.boundary.Accounts;
import com.insightiq.access.boundary.Profile;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.view.Notices;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** One's own name and time zone; the time zone decides how every date in the app is shown. */
@Named("profileView")
@ViewScoped
public class ProfileView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();

    @Inject
    Accounts accounts;

    @Inject
    Notices notices;

    @Inject
    CurrentUser currentUser;

    private String email;
    private String name;
    private String timeZone;
    private List<String> timeZones;

    @PostConstruct
    void load() {
        Profile me = accounts.me();
        email = me.email();
        name = me.name();
        timeZone = me.timeZone();
        Stream<String> own = timeZone == null || timeZone.equals("UTC") || ZONES.contains(timeZone)
                ? Stream.empty() : Stream.of(timeZone);
        timeZones = Stream.of(Stream.of("UTC"), ZONES.stream(), own).flatMap(zones -> zones).toList();
    }

    public void save() {
        if (notices.run(() -> accounts.updateProfile(name, timeZone))) {
            notices.info("profile.saved");
            currentUser.reload();
        }
    }

    /** Region/City zones people recognise, UTC first, and the person's own should it be an unusual one. */
    public List<String> getTimeZones() {
        return timeZones;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
