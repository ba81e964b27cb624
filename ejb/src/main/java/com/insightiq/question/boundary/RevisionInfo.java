package com.insightiq.question.boundary;

import java.time.Instant;

/** One revision in a question's history: its number (1 = creation), who saved it, when, and what changed. */
public record RevisionInfo(int number, long userId, String userName, Instant createdAt, String summary) {
}
