package com.insightiq.access.control;

import com.insightiq.access.entity.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns memberships into Shiro wildcard permissions {@code tenant:<slug>:<resource>:<action>[:<id>]}. Every member may
 * {@code enter} the tenant; the role decides the rest. Boundaries check these, so adding a capability means adding its
 * resource here and nowhere else. The catalog: analysts read it (and sync data sources, a datasource action); only
 * tenant admins edit its metadata and glossary ({@code catalog:edit}).
 */
public final class RolePermissions {
    public static final String PLATFORM_ADMIN = "platform:*";
    public static final String MANAGE_TENANTS = "platform:tenants:manage";

    /** Resources an analyst fully controls: they build things. */
    private static final List<String> ANALYST_RESOURCES =
            List.of("datasource", "query", "question", "dashboard", "collection", "job");
    /** What a viewer may do: open and filter what is shared. */
    private static final List<String> VIEWER_GRANTS =
            List.of("question:view,run", "dashboard:view", "collection:view");

    private RolePermissions() {
    }

    public static Set<String> of(String slug, Role role) {
        String prefix = "tenant:" + slug + ":";
        Set<String> grants = new LinkedHashSet<>();
        grants.add(prefix + "enter");
        switch (role) {
            case ADMIN -> grants.add(prefix + "*");
            case ANALYST -> {
                ANALYST_RESOURCES.forEach(r -> grants.add(prefix + r + ":*"));
                grants.add(prefix + "member:view");
                grants.add(prefix + "catalog:view");
                // Natural-language questions run ad-hoc SQL, so they are an analyst's tool; curating them is an admin's.
                grants.add(prefix + "nlq:ask");
            }
            case VIEWER -> VIEWER_GRANTS.forEach(g -> grants.add(prefix + g));
        }
        return grants;
    }

    public static String enter(String slug) {
        return "tenant:" + slug + ":enter";
    }

    public static String of(String slug, String resource, String action) {
        return "tenant:" + slug + ":" + resource + ":" + action;
    }
}
