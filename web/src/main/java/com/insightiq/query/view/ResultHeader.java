package com.insightiq.query.view;

import java.io.Serializable;

/** A result column as the table shows it; {@code key} names it for sorting ("c0", "c1", …). */
public record ResultHeader(int index, String name, String type) implements Serializable {
    public String key() {
        return "c" + index;
    }
}
