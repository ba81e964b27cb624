package com.insightiq.access.control;

import com.insightiq.platform.control.ForbiddenException;
import com.insightiq.platform.control.NotAuthenticatedException;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;

/**
 * The person behind the current request, as Shiro's filter bound them to this thread. Broker and batch threads have no
 * caller: code running there receives the tenant and user explicitly and never asks this.
 */
@ApplicationScoped
public class Caller {

    public UserPrincipal principal() {
        Subject subject = subject();
        UserPrincipal principal = subject.isAuthenticated()
                ? subject.getPrincipals().oneByType(UserPrincipal.class) : null;
        if (principal == null) {
            throw new NotAuthenticatedException("Sign in first.");
        }
        return principal;
    }

    public long userId() {
        return principal().userId();
    }

    public boolean isPermitted(String permission) {
        Subject subject = subject();
        return subject.isAuthenticated() && subject.isPermitted(permission);
    }

    /** Throws with the given explanation unless the signed-in caller holds the permission. */
    public void require(String permission, String explanation) {
        principal();
        if (!subject().isPermitted(permission)) {
            throw new ForbiddenException(explanation);
        }
    }

    private static Subject subject() {
        try {
            return SecurityUtils.getSubject();
        } catch (UnavailableSecurityManagerException e) {
            throw new NotAuthenticatedException("Sign in first.");
        }
    }
}
