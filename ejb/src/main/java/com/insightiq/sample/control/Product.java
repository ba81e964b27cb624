package com.insightiq.sample.control;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code products}. */
public record Product(int id, String ean, String title, String category, String vendor, BigDecimal price,
                      BigDecimal rating, Instant createdAt) {
}
