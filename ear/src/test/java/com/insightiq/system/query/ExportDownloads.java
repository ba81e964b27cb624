package com.insightiq.system.query;

import com.insightiq.system.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Calls of the export endpoints as a client that downloads: whole bodies as bytes for small results, or the stream
 * read once and counted for results too large to keep (millions of rows).
 */
public final class ExportDownloads {
    private ExportDownloads() {
    }

    /** A finished download: status, headers that matter, the body (or only its size when streamed away). */
    public record Download(int status, String contentType, String disposition, byte[] body, long bytes, long lines,
                           double seconds) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(text())).readObject();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body == null ? bytes + " bytes" : text().length() > 400
                    ? text().substring(0, 400) + "…" : text());
        }
    }

    public static Download export(Api api, String slug, String query, String body) {
        return send(api, "POST", "/t/" + slug + "/api/v1/queries/export?" + query, body, true);
    }

    /** Streams the body away, counting bytes and lines: memory stays flat whatever the size. */
    public static Download exportCounting(Api api, String slug, String query, String body) {
        return send(api, "POST", "/t/" + slug + "/api/v1/queries/export?" + query, body, false);
    }

    public static Download get(Api api, String path) {
        return send(api, "GET", path, null, true);
    }

    private static Download send(Api api, String method, String path, String body, boolean keep) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .timeout(Duration.ofMinutes(15))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (api.token() != null) {
            request.header("Authorization", "Bearer " + api.token());
        }
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = Api.HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            String disposition = response.headers().firstValue("Content-Disposition").orElse(null);
            try (InputStream in = response.body()) {
                if (keep) {
                    byte[] bytes = in.readAllBytes();
                    return new Download(response.statusCode(), type, disposition, bytes, bytes.length,
                            lines(bytes, bytes.length), seconds(start));
                }
                byte[] buffer = new byte[256 * 1024];
                long bytes = 0;
                long lines = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes += n;
                    lines += lines(buffer, n);
                }
                return new Download(response.statusCode(), type, disposition, null, bytes, lines, seconds(start));
            }
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        }
    }

    private static long lines(byte[] bytes, int length) {
        long count = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The download name from Content-Disposition, when there is one. */
    public static Optional<String> fileName(Download download) {
        if (download.disposition() == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("filename=\"([^\"]+)\"")
                .matcher(download.disposition());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
