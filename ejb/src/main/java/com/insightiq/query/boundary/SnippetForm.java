package com.insightiq.query.boundary;

/** A snippet as a page or the API sends it. */
public record SnippetForm(String name, String content, String description) {
}
