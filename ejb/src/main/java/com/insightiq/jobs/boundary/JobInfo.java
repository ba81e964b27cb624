package com.insightiq.jobs.boundary;

import java.time.Instant;

/** A job run as the API and the jobs page show it. */
public record JobInfo(long id, String job, String status, Instant requestedAt, Instant startedAt, Instant finishedAt,
                      String summary, String error) {
}
