package com.insightiq.query.control;

/**
 * A tag found in a SQL template, in order of first appearance: a variable {@code {{name}}} or a snippet
 * {@code {{snippet: name}}}. {@code optional} when every occurrence sits inside an optional clause {@code [[ … ]]}, so
 * the query runs without a value for it.
 */
public record TemplateTag(String name, boolean snippet, boolean optional) {
}
