package com.insightiq.access.api;

import com.insightiq.access.boundary.Accounts;
import com.insightiq.access.boundary.SignIn;
import com.insightiq.access.control.UserPrincipal;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import com.insightiq.access.control.RequestPermissions;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Shiro's view of the control schema. Credentials are checked by the SignIn boundary (which also counts failures and
 * locks accounts), so the realm accepts what the boundary accepted. Permissions are read once per request (no
 * longer-lived cache), so a changed role takes effect with the next request.
 */
public class AccountRealm extends AuthorizingRealm {

    public AccountRealm() {
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        setAuthorizationCachingEnabled(false);
        setAuthenticationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken credentials = (UsernamePasswordToken) token;
        String password = credentials.getPassword() == null ? "" : new String(credentials.getPassword());
        SignIn.Attempt attempt = CDI.current().select(SignIn.class).get().attempt(credentials.getUsername(), password);
        return switch (attempt.outcome()) {
            case SIGNED_IN -> new SimpleAuthenticationInfo(attempt.principal(), token.getCredentials(), getName());
            case LOCKED -> throw new LockedAccountException("Locked for "
                    + Math.max(1, ChronoUnit.MINUTES.between(Instant.now(), attempt.lockedUntil()) + 1) + " minutes");
            case WRONG_CREDENTIALS -> throw new IncorrectCredentialsException("Wrong e-mail or password");
        };
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        UserPrincipal principal = principals.oneByType(UserPrincipal.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        if (principal != null) {
            info.setStringPermissions(permissionsOf(principal.userId()));
        }
        return info;
    }

    private static Set<String> permissionsOf(long userId) {
        Accounts accounts = CDI.current().select(Accounts.class).get();
        try {
            if (CDI.current().getBeanManager().getContext(RequestScoped.class).isActive()) {
                return CDI.current().select(RequestPermissions.class).get().of(userId, accounts::permissionsOf);
            }
        } catch (ContextNotActiveException outsideRequest) {
            // no request (e.g. a background thread): read them directly
        }
        return accounts.permissionsOf(userId);
    }

    /** API subjects are built from bearer tokens without a login, so the realm must also authorise those principals. */
    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }
}
