package com.insightiq.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Shows instants in the signed-in person's time zone (their profile) and in the language of the page. */
@Named("timeDisplay")
@RequestScoped
public class TimeDisplay {
    @Inject
    CurrentUser currentUser;

    private DateTimeFormatter formatter;

    /** For example "12 Mar 2025, 14:05" (en) or "12.03.2025, 14:05" (de); empty for no instant. */
    public String of(Instant instant) {
        return instant == null ? "" : formatter().format(instant);
    }

    /** The zone the times are shown in, e.g. "Europe/Berlin". */
    public String getZone() {
        return currentUser.getZone().getId();
    }

    private DateTimeFormatter formatter() {
        if (formatter == null) {
            formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                    .withZone(currentUser.getZone());
        }
        return formatter;
    }
}
