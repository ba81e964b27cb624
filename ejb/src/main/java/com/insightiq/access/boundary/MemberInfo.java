package com.insightiq.access.boundary;

import java.time.Instant;

/** A member of a tenant as the members list shows them. */
public record MemberInfo(long id, long userId, String email, String name, String role, Instant joinedAt) {
}
