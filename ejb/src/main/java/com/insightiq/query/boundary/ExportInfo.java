package com.insightiq.query.boundary;

import java.time.Instant;

/**
 * A background export as its owner sees it: {@code status} is {@code queued}, {@code running}, {@code completed},
 * {@code failed} or {@code expired} (the file was removed after its lifetime); {@code fileName} is the download's
 * name; {@code error} says why a failed export failed.
 */
public record ExportInfo(long id, String status, String format, Long estimatedRows, Long rowCount, Long fileBytes,
                         String fileName, Instant requestedAt, Instant startedAt, Instant finishedAt,
                         Instant expiresAt, String error) {
}
