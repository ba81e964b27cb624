package com.insightiq.collection.api;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;

/** Path ids of collections: a number, or {@code root} for "Our analytics" (null). */
final class CollectionIds {
    private CollectionIds() {
    }

    static Long parse(String text) {
        if ("root".equals(text)) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no collection '" + text + "'.");
        }
    }

    /** A real collection: {@code root} cannot be changed this way. */
    static long real(String text, String what) {
        Long id = parse(text);
        if (id == null) {
            throw new InvalidInputException("\"Our analytics\" cannot be " + what + ".");
        }
        return id;
    }
}
