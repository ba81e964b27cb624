package com.insightiq.query.control;

/** PLACEHOLDER (templates branch owns this): a {@code {{name}}} or {{snippet: name}} tag found in SQL. */
public record TemplateTag(String name, boolean snippet, boolean optional) {
}
