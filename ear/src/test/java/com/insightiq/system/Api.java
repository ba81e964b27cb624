package com.insightiq.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small client of InsightIQ's REST API as a caller outside the server sees it. */
public final class Api {
    public static final String BASE = System.getProperty("it.base.url", "http://127.0.0.1:28080/insightiq");
    /** HTTP/1.1 as browsers on an intranet use it; the JDK client's h2c upgrade is not what is under test. */
    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String token;

    private Api(String token) {
        this.token = token;
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public static Api signIn(String email, String password) {
        Reply reply = anonymous().post("/api/v1/session", Json.createObjectBuilder()
                .add("email", email).add("password", password).build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("Sign-in of " + email + " failed: " + reply);
        }
        return new Api(reply.json().getString("token"));
    }

    public static Api signInWithToken(String token) {
        return new Api(token);
    }

    public static Api platformAdmin() {
        return signIn(System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
    }

    public String token() {
        return token;
    }

    public Reply get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    public Reply post(String path, String body) {
        return send("POST", path, body, "application/json");
    }

    public Reply put(String path, String body) {
        return send("PUT", path, body, "application/json");
    }

    public Reply sendExpectingContinue(String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).expectContinue(true)
                .method(method, HttpRequest.BodyPublishers.ofString(body)), body, "application/json");
    }

    /** A body without Content-Length (chunked), as a streaming client sends it. */
    public Reply sendChunked(String method, String path, String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).method(method,
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))),
                body, "application/json");
    }

    public Reply send(String method, String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)), body, contentType);
    }

    private Reply send(HttpRequest.Builder request, String body, String contentType) {
        request.timeout(Duration.ofSeconds(60));
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new AssertionError(request.build().method() + " " + request.build().uri() + " failed: " + e, e);
        }
    }

    public record Reply(int status, String body, String contentType) {
        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try {
                return Json.createReader(new StringReader(body)).read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        /** Every error of the API is JSON {status, error, message} with the HTTP status repeated. */
        public Reply isJsonError(int expected) {
            if (status != expected) {
                throw new AssertionError("Expected " + expected + " but got " + this);
            }
            if (!contentType.startsWith("application/json")) {
                throw new AssertionError("Error is not JSON: " + this);
            }
            JsonObject error = json();
            if (error.getInt("status") != expected || error.getString("message").isBlank()
                    || error.getString("error").isBlank()) {
                throw new AssertionError("Error body lacks status/error/message: " + body);
            }
            if (body.contains("Exception") || body.contains("\tat ")) {
                throw new AssertionError("Error body leaks internals: " + body);
            }
            return this;
        }

        public String message() {
            return json().getString("message");
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }
}
