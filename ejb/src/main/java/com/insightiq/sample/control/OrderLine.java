package com.insightiq.sample.control;

import java.math.BigDecimal;

/** A row of {@code order_lines}: {@code lineTotal} = quantity × unitPrice. */
public record OrderLine(int id, int orderId, int productId, int quantity, BigDecimal unitPrice,
                        BigDecimal lineTotal) {
}
