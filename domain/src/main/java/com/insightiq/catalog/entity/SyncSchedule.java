package com.insightiq.catalog.entity;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When a data source syncs by itself: {@code daily HH:MM} (UTC) or {@code off}. */
public record SyncSchedule(Optional<LocalTime> dailyAt) {
    private static final Pattern DAILY = Pattern.compile("daily ([01]\\d|2[0-3]):([0-5]\\d)");
    public static final SyncSchedule OFF = new SyncSchedule(Optional.empty());

    public static SyncSchedule daily(int hour, int minute) {
        return new SyncSchedule(Optional.of(LocalTime.of(hour, minute)));
    }

    /** Why a text is not a schedule, or null when it is one. */
    public static String problemWith(String text) {
        if (text == null || text.isBlank()) {
            return "The schedule is required: \"daily HH:MM\" (UTC) or \"off\".";
        }
        if (text.length() > 32 || !(text.trim().equals("off") || DAILY.matcher(text.trim()).matches())) {
            return "The schedule must be \"daily HH:MM\" (24-hour clock, UTC), e.g. \"daily 02:00\", or \"off\".";
        }
        return null;
    }

    public static SyncSchedule parse(String text) {
        String problem = problemWith(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Matcher m = DAILY.matcher(text.trim());
        return m.matches() ? daily(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : OFF;
    }

    public boolean isOff() {
        return dailyAt.isEmpty();
    }

    /** The first due time strictly after {@code now}; empty when off. */
    public Optional<Instant> nextAfter(Instant now) {
        return dailyAt.map(at -> {
            ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
            ZonedDateTime today = utc.toLocalDate().atTime(at).atZone(ZoneOffset.UTC);
            return (today.isAfter(utc) ? today : today.plusDays(1)).toInstant();
        });
    }

    public String text() {
        return dailyAt.map(t -> String.format("daily %02d:%02d", t.getHour(), t.getMinute())).orElse("off");
    }

    @Override
    public String toString() {
        return text();
    }
}
