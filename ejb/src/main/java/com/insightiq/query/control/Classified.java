package com.insightiq.query.control;

import java.util.List;

/**
 * A statement accepted as a read: its kind ({@code SELECT}, {@code VALUES}, {@code TABLE}, {@code EXPLAIN},
 * {@code SHOW} or {@code DESCRIBE}) and the tables it reads as written in the SQL, in order of appearance (empty when
 * only the token rules could read it).
 */
public record Classified(String kind, List<String> tables) {
    public Classified {
        tables = List.copyOf(tables);
    }
}
