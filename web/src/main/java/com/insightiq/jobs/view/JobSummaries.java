package com.insightiq.jobs.view;

import com.insightiq.platform.view.Notices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Turns a run's JSON summary into labelled lines for people: known keys get a label from the bundle, byte counts a
 * readable unit. A summary that is not a JSON object is shown as it is.
 */
@ApplicationScoped
public class JobSummaries {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    @Inject
    Notices notices;

    public record Line(String label, String value) {
    }

    public List<Line> linesOf(String summary) {
        if (summary == null || summary.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(summary))) {
            JsonObject object = reader.readObject();
            return object.entrySet().stream()
                    // The page already is the tenant's; repeating its slug adds nothing.
                    .filter(entry -> !entry.getKey().equals("tenant"))
                    .map(entry -> new Line(label(entry.getKey()), value(entry.getKey(), entry.getValue())))
                    .toList();
        } catch (JsonException | IllegalStateException | ClassCastException notAnObject) {
            return List.of(new Line(notices.text("jobs.summary"), summary));
        }
    }

    private String label(String key) {
        String bundleKey = "jobs.summary." + key;
        String label = notices.text(bundleKey);
        return label.equals(bundleKey) ? key : label;
    }

    private static String value(String key, JsonValue value) {
        if (value instanceof JsonNumber number) {
            return key.endsWith("Bytes") ? bytes(number.longValue()) : numbers().format(number.bigDecimalValue());
        }
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    private static String bytes(long count) {
        double size = count;
        int unit = 0;
        while (size >= 1024 && unit < UNITS.length - 1) {
            size /= 1024;
            unit++;
        }
        NumberFormat format = numbers();
        format.setMaximumFractionDigits(unit == 0 ? 0 : 1);
        return format.format(size) + " " + UNITS[unit];
    }

    private static NumberFormat numbers() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return NumberFormat.getNumberInstance(faces == null ? Locale.ROOT : faces.getViewRoot().getLocale());
    }
}
