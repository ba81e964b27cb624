package com.insightiq.sample.control;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of {@code orders}. {@code subtotal} is the sum of its lines' totals, {@code total} = subtotal + tax −
 * discount; {@code discount} is {@code null} when no coupon or promotion applied.
 */
public record Order(int id, int personId, Instant createdAt, String status, BigDecimal subtotal, BigDecimal tax,
                    BigDecimal discount, BigDecimal total, int quantity) {
}
