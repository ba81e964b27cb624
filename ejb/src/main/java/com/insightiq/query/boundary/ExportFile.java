package com.insightiq.query.boundary;

import java.nio.file.Path;

/** A finished export's file, ready to send: where it is, the name and media type the download gets, its size. */
public record ExportFile(Path path, String name, String mediaType, long bytes) {
}
