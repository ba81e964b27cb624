package com.insightiq.dashboard.api;

import com.insightiq.dashboard.boundary.CardResult;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A dashboard's card answers as newline-delimited JSON, one {@link CardResult} per line, each written and flushed the
 * moment its card is answered: the page draws cards as they arrive over one connection, so a browser's six
 * connections per host never serialise a twelve-card dashboard. The runner hands answers over one at a time. Jersey
 * would hold back the first 8 KiB of every response to compute its length, flush() or not, so {@link
 * com.insightiq.platform.api.RestApplication} turns that buffer off.
 */
public final class CardStream {
    public static final String MEDIA_TYPE = "application/x-ndjson";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");

    private CardStream() {
    }

    /** {@code runAll} receives the consumer to call per answer and returns when every card is answered. */
    public static StreamingOutput of(Jsonb jsonb, Consumer<Consumer<CardResult>> runAll) {
        return (OutputStream out) -> {
            try {
                runAll.accept(result -> write(jsonb, out, result));
            } catch (UncheckedIOException closed) {
                // The viewer left (closed the page or navigated away): nothing left to answer.
            }
        };
    }

    private static void write(Jsonb jsonb, OutputStream out, CardResult result) {
        try {
            out.write(jsonb.toJson(result).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
