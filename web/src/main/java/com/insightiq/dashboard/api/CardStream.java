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
 * connections per host never serialise a twelve-card dashboard. The runner hands answers over one at a time. The
 * first line starts with whitespace (see {@link #PREAMBLE}); readers parse each line as JSON, blank lines skipped.
 */
public final class CardStream {
    public static final String MEDIA_TYPE = "application/x-ndjson";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");

    private CardStream() {
    }

    /**
     * Jersey keeps the first 8 KiB of an entity to compute Content-Length and ignores flush() until then, so a small
     * stream would reach the client only at its end. Leading whitespace, which every JSON parser skips, fills that
     * buffer at once: the headers go out now and every later flush reaches the client.
     */
    static final byte[] PREAMBLE = " ".repeat(8 * 1024 + 8).getBytes(StandardCharsets.US_ASCII);

    /** {@code runAll} receives the consumer to call per answer and returns when every card is answered. */
    public static StreamingOutput of(Jsonb jsonb, Consumer<Consumer<CardResult>> runAll) {
        return (OutputStream out) -> {
            try {
                out.write(PREAMBLE);
                out.flush();
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
