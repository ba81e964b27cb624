package com.insightiq.query.control;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats a query result exports to: the code the API takes, the file extension and the media type. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSON("application/json");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String extension() {
        return code();
    }

    public String mediaType() {
        return mediaType;
    }

    /** A writer of this format onto {@code out}; the caller closes both. */
    public ExportWriter writer(OutputStream out) {
        return switch (this) {
            case CSV -> new CsvExport(out);
            case XLSX -> new XlsxExport(out);
            case JSON -> new JsonExport(out);
        };
    }

    public static Optional<ExportFormat> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }
}
