package com.insightiq.access.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Permissions read once per request: a page asks "may I?" for every button, and each question would otherwise read
 * the memberships again. A role changed during a request applies from the next request on. It lives in the EJB
 * module so that both the web module and the boundaries (where most checks happen) resolve the same bean.
 */
@RequestScoped
public class RequestPermissions {
    private final Map<Long, Set<String>> byUser = new HashMap<>();

    public Set<String> of(long userId, LongFunction<Set<String>> load) {
        return byUser.computeIfAbsent(userId, load::apply);
    }
}
