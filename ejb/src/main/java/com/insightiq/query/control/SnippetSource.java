package com.insightiq.query.control;

import java.util.Optional;

/** Looks up a tenant's reusable SQL snippet by name for {@code {{snippet: name}}}. */
@FunctionalInterface
public interface SnippetSource {
    Optional<String> snippet(String name);
}
