package com.insightiq.nlq.control;

import com.insightiq.platform.control.InvalidInputException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

/**
 * An {@link NlQuery} as the JSON verified answers and feedback keep: the same JSON-B mapping the API uses for the
 * record (nulls left out), so what a page sends, what is stored and what comes back are one shape.
 */
public final class QueryJson {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private QueryJson() {
    }

    public static String of(NlQuery query) {
        return JSONB.toJson(query);
    }

    /** The stored query; 400 when the text is not an NlQuery (it never is for what this application stored). */
    public static NlQuery parse(String json) {
        try {
            NlQuery query = JSONB.fromJson(json, NlQuery.class);
            if (query == null) {
                throw new InvalidInputException("The stored query is empty.");
            }
            return query;
        } catch (JsonbException e) {
            throw new InvalidInputException("The stored query is not readable: " + e.getMessage());
        }
    }
}
