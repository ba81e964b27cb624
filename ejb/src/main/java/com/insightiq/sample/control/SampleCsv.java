package com.insightiq.sample.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The sample's rows as CSV for PostgreSQL's {@code COPY … (FORMAT csv)}: text always quoted, {@code null} as an
 * empty unquoted field, numbers in plain notation, times in ISO-8601 UTC. Also what the determinism test hashes.
 */
public final class SampleCsv {
    private SampleCsv() {
    }

    /** One table's columns (in COPY order) and its rows. */
    public record Table(String name, List<String> columns, String csv) {
    }

    /** The tables in an order that satisfies their foreign keys. */
    public static List<Table> tables(SampleData data) {
        return List.of(
                table("people", List.of("id", "name", "email", "address", "city", "state", "postal_code", "country",
                        "region", "latitude", "longitude", "birth_date", "source", "created_at"), data.people(),
                        p -> new Object[] {p.id(), p.name(), p.email(), p.address(), p.city(), p.state(),
                                p.postalCode(), p.country(), p.region(), p.latitude(), p.longitude(), p.birthDate(),
                                p.source(), p.createdAt()}),
                table("products", List.of("id", "ean", "title", "category", "vendor", "price", "rating",
                        "created_at"), data.products(),
                        p -> new Object[] {p.id(), p.ean(), p.title(), p.category(), p.vendor(), p.price(),
                                p.rating(), p.createdAt()}),
                table("orders", List.of("id", "person_id", "created_at", "status", "subtotal", "tax", "discount",
                        "total", "quantity"), data.orders(),
                        o -> new Object[] {o.id(), o.personId(), o.createdAt(), o.status(), o.subtotal(), o.tax(),
                                o.discount(), o.total(), o.quantity()}),
                table("order_lines", List.of("id", "order_id", "product_id", "quantity", "unit_price", "line_total"),
                        data.lines(),
                        l -> new Object[] {l.id(), l.orderId(), l.productId(), l.quantity(), l.unitPrice(),
                                l.lineTotal()}),
                table("reviews", List.of("id", "product_id", "person_id", "rating", "body", "created_at"),
                        data.reviews(),
                        r -> new Object[] {r.id(), r.productId(), r.personId(), r.rating(), r.body(),
                                r.createdAt()}));
    }

    private static <T> Table table(String name, List<String> columns, List<T> rows, Function<T, Object[]> fields) {
        StringBuilder csv = new StringBuilder(rows.size() * 16 * columns.size());
        for (T row : rows) {
            Object[] values = fields.apply(row);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                append(csv, values[i]);
            }
            csv.append('\n');
        }
        return new Table(name, columns, csv.toString());
    }

    private static void append(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            csv.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else if (value instanceof BigDecimal number) {
            csv.append(number.toPlainString());
        } else {
            csv.append(value);
        }
    }
}
