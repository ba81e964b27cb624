package com.insightiq.platform.view;

import com.insightiq.access.boundary.Accounts;
import com.insightiq.access.boundary.Profile;
import com.insightiq.access.control.RolePermissions;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;

/**
 * The signed-in person as the shell shows them. Loaded once per request: memberships and roles may change between two
 * clicks, and what this bean hides the boundaries refuse anyway.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {
    @Inject
    Accounts accounts;

    @Inject
    CurrentTenant currentTenant;

    private Profile profile;
    // The realm reads permissions from the database on every check; a page asks the same question many times.
    private final Map<String, Boolean> permitted = new HashMap<>();

    public boolean isSignedIn() {
        return SecurityUtils.getSubject().isAuthenticated();
    }

    public Profile getProfile() {
        if (profile == null) {
            profile = accounts.me();
        }
        return profile;
    }

    /** Forgets what was loaded, after the person changed their own profile or role within this request. */
    public void reload() {
        profile = null;
        permitted.clear();
    }

    public String getName() {
        return getProfile().name();
    }

    public String getEmail() {
        return getProfile().email();
    }

    /** One or two letters for the avatar. */
    public String getInitials() {
        String[] words = getName().trim().split("\\s+");
        if (words[0].isEmpty()) {
            return firstLetter(getEmail());
        }
        return firstLetter(words[0]) + (words.length > 1 ? firstLetter(words[words.length - 1]) : "");
    }

    private static String firstLetter(String word) {
        return Character.toString(word.codePointAt(0)).toUpperCase(Locale.ROOT);
    }

    public List<Profile.TenantMembership> getTenants() {
        return getProfile().tenants();
    }

    /** The person's membership in the tenant of this page, if the page is in one. */
    public Optional<Profile.TenantMembership> membershipHere() {
        return currentTenant.slug().flatMap(slug -> getTenants().stream()
                .filter(t -> t.slug().equals(slug)).findFirst());
    }

    public String getTenantName() {
        return membershipHere().map(Profile.TenantMembership::name).orElse(null);
    }

    /** "admin", "analyst" or "viewer" in the tenant of this page; null outside a tenant. */
    public String getTenantRole() {
        return membershipHere().map(Profile.TenantMembership::role).orElse(null);
    }

    public boolean isPlatformAdmin() {
        return permitted(RolePermissions.MANAGE_TENANTS);
    }

    /** Whether the person may do this in the tenant of this page, so that a page offers only what will work. */
    public boolean may(String resource, String action) {
        return currentTenant.slug().map(slug -> permitted(RolePermissions.of(slug, resource, action))).orElse(false);
    }

    /** The person's time zone for showing times; UTC when the stored one is unknown to this JVM. */
    public ZoneId getZone() {
        String zone = getProfile().timeZone();
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private boolean permitted(String permission) {
        return permitted.computeIfAbsent(permission, p -> isSignedIn() && SecurityUtils.getSubject().isPermitted(p));
    }
}
