package com.insightiq.query.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** {@code background=} of an export request: decide by the planner's row estimate, always, or never. */
public enum ExportMode {
    AUTO, TRUE, FALSE;

    public static Optional<ExportMode> of(String code) {
        String wanted = code == null ? "auto" : code;
        return Arrays.stream(values()).filter(m -> m.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
