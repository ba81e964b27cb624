package com.insightiq.sample.control;

import java.time.Instant;

/** A row of {@code reviews}, written by someone who bought the product. */
public record Review(int id, int productId, int personId, int rating, String body, Instant createdAt) {
}
