package com.insightiq.access.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.access.entity.Role;
import java.util.Set;
import org.apache.shiro.authz.permission.WildcardPermission;
import org.junit.jupiter.api.Test;

/** Checks derived permissions the way Shiro will: wildcard implication. */
class RolePermissionsTest {

    private static boolean grants(Set<String> held, String wanted) {
        WildcardPermission w = new WildcardPermission(wanted);
        return held.stream().anyMatch(h -> new WildcardPermission(h).implies(w));
    }

    @Test
    void adminsMayDoEverythingInTheirTenantOnly() {
        Set<String> admin = RolePermissions.of("acme", Role.ADMIN);
        assertTrue(grants(admin, "tenant:acme:enter"));
        assertTrue(grants(admin, "tenant:acme:member:manage"));
        assertTrue(grants(admin, "tenant:acme:dashboard:edit:42"));
        assertFalse(grants(admin, "tenant:globex:enter"));
        assertFalse(grants(admin, "tenant:globex:member:view"));
        assertFalse(grants(admin, RolePermissions.MANAGE_TENANTS));
    }

    @Test
    void analystsBuildButDoNotManageMembers() {
        Set<String> analyst = RolePermissions.of("acme", Role.ANALYST);
        assertTrue(grants(analyst, "tenant:acme:enter"));
        assertTrue(grants(analyst, "tenant:acme:query:run"));
        assertTrue(grants(analyst, "tenant:acme:datasource:create"));
        assertTrue(grants(analyst, "tenant:acme:question:edit:7"));
        assertTrue(grants(analyst, "tenant:acme:member:view"));
        assertFalse(grants(analyst, "tenant:acme:member:manage"));
        assertFalse(grants(analyst, "tenant:globex:query:run"));
    }

    @Test
    void viewersOpenAndFilterButWriteNoSql() {
        Set<String> viewer = RolePermissions.of("acme", Role.VIEWER);
        assertTrue(grants(viewer, "tenant:acme:enter"));
        assertTrue(grants(viewer, "tenant:acme:dashboard:view"));
        assertTrue(grants(viewer, "tenant:acme:question:run"));
        assertFalse(grants(viewer, "tenant:acme:query:run"));
        assertFalse(grants(viewer, "tenant:acme:question:edit"));
        assertFalse(grants(viewer, "tenant:acme:job:run"));
        assertFalse(grants(viewer, "tenant:acme:member:view"));
    }

    @Test
    void analystsReadAndSyncTheCatalogButOnlyAdminsEditIt() {
        Set<String> admin = RolePermissions.of("acme", Role.ADMIN);
        Set<String> analyst = RolePermissions.of("acme", Role.ANALYST);
        Set<String> viewer = RolePermissions.of("acme", Role.VIEWER);
        assertTrue(grants(admin, "tenant:acme:catalog:view"));
        assertTrue(grants(admin, "tenant:acme:catalog:edit"));
        assertTrue(grants(admin, "tenant:acme:datasource:sync"));
        assertTrue(grants(analyst, "tenant:acme:catalog:view"));
        assertTrue(grants(analyst, "tenant:acme:datasource:sync"));
        assertTrue(grants(analyst, "tenant:acme:datasource:edit"));
        assertFalse(grants(analyst, "tenant:acme:catalog:edit"));
        assertFalse(grants(analyst, "tenant:globex:catalog:view"));
        assertFalse(grants(viewer, "tenant:acme:catalog:view"));
        assertFalse(grants(viewer, "tenant:acme:catalog:edit"));
        assertFalse(grants(viewer, "tenant:acme:datasource:sync"));
    }

    @Test
    void analystsAskInEnglishButOnlyAdminsCurateTheVocabulary() {
        Set<String> admin = RolePermissions.of("acme", Role.ADMIN);
        Set<String> analyst = RolePermissions.of("acme", Role.ANALYST);
        Set<String> viewer = RolePermissions.of("acme", Role.VIEWER);
        assertTrue(grants(admin, "tenant:acme:nlq:ask"));
        assertTrue(grants(admin, "tenant:acme:nlq:curate"));
        assertTrue(grants(analyst, "tenant:acme:nlq:ask"));
        assertFalse(grants(analyst, "tenant:acme:nlq:curate"));
        assertFalse(grants(analyst, "tenant:globex:nlq:ask"));
        assertFalse(grants(viewer, "tenant:acme:nlq:ask"));
    }

    @Test
    void platformAdminsManageTenants() {
        assertTrue(grants(Set.of(RolePermissions.PLATFORM_ADMIN), RolePermissions.MANAGE_TENANTS));
        assertFalse(grants(Set.of(RolePermissions.PLATFORM_ADMIN), "tenant:acme:enter"));
    }
}
