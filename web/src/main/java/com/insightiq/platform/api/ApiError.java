package com.insightiq.platform.api;

/** The body of every API error: the HTTP status, its reason phrase, and a sentence for a person. */
public record ApiError(int status, String error, String message) {
}
