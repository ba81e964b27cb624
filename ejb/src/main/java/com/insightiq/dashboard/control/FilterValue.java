package com.insightiq.dashboard.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A dashboard filter's value once read ({@link FilterInput}): a day range (relative ranges already computed in the
 * tenant's zone), texts (category, text, id), numbers, or a number range. {@link #text()} is how a text card shows it.
 */
public sealed interface FilterValue {

    String text();

    /** Days from {@code from} to {@code to}, both inclusive; either end may be open (null), not both. */
    record Dates(LocalDate from, LocalDate to) implements FilterValue {
        public boolean singleDay() {
            return from != null && from.equals(to);
        }

        @Override
        public String text() {
            if (singleDay()) {
                return from.toString();
            }
            if (from == null) {
                return "– " + to;
            }
            return to == null ? from + " –" : from + " – " + to;
        }
    }

    record Texts(List<String> values) implements FilterValue {
        public Texts {
            values = List.copyOf(values);
        }

        @Override
        public String text() {
            return String.join(", ", values);
        }
    }

    record Numbers(List<BigDecimal> values) implements FilterValue {
        public Numbers {
            values = List.copyOf(values);
        }

        @Override
        public String text() {
            return values.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", "));
        }
    }

    /** From {@code from} to {@code to} inclusive; either end may be open (null), not both. */
    record NumberRange(BigDecimal from, BigDecimal to) implements FilterValue {
        @Override
        public String text() {
            String a = from == null ? "" : from.toPlainString();
            String b = to == null ? "" : to.toPlainString();
            return (a + " – " + b).strip();
        }
    }
}
