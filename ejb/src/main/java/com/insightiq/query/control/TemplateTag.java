package com.insightiq.query.control;

/** A {@code {{name}}} or {@code {{snippet: name}}} tag of a SQL template; {@code optional} inside {@code [[ … ]]}. */
public record TemplateTag(String name, boolean snippet, boolean optional) {
}
