package com.insightiq.access.boundary;

import java.util.List;

/** The signed-in user and the tenants they belong to. */
public record Profile(long id, String email, String name, String timeZone, boolean platformAdmin,
                      List<TenantMembership> tenants) {

    public record TenantMembership(String slug, String name, String role) {
    }
}
