package com.insightiq.sample.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code people}: a customer of the sample shop. */
public record Person(int id, String name, String email, String address, String city, String state,
                     String postalCode, String country, String region, BigDecimal latitude, BigDecimal longitude,
                     LocalDate birthDate, String source, Instant createdAt) {
}
