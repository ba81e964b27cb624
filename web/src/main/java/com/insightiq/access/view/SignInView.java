package com.insightiq.access.view;

import com.insightiq.access.boundary.SignIn;
import com.insightiq.platform.view.Links;
import com.insightiq.platform.view.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;

/** The sign-in form: Shiro checks the credentials (through the SignIn boundary, which counts failures and locks). */
@Named("signInView")
@RequestScoped
public class SignInView {
    private static final Pattern MINUTES = Pattern.compile("(\\d+)");

    @Inject
    Links links;

    @Inject
    Notices notices;

    private String email;
    private String password;
    private String error;

    /** Someone already signed in has nothing to do here. */
    public void skipIfSignedIn() throws IOException {
        if (SecurityUtils.getSubject().isAuthenticated()) {
            FacesContext.getCurrentInstance().getExternalContext().redirect(links.startPage());
        }
    }

    public void signIn() throws IOException {
        try {
            SecurityUtils.getSubject().login(new UsernamePasswordToken(email == null ? "" : email.trim(), password));
        } catch (LockedAccountException e) {
            error = notices.text("signIn.locked", SignIn.MAX_FAILED_ATTEMPTS, minutesLeft(e));
            return;
        } catch (AuthenticationException e) {
            error = notices.text("signIn.wrong");
            return;
        } finally {
            password = null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        external.redirect(pageAskedFor(request).orElseGet(links::startPage));
    }

    /** The realm says "Locked for N minutes"; without a number, the whole lock time is the honest answer. */
    private static long minutesLeft(LockedAccountException e) {
        Matcher number = MINUTES.matcher(String.valueOf(e.getMessage()));
        return number.find() ? Long.parseLong(number.group(1)) : SignIn.LOCK_DURATION.toMinutes();
    }

    /** The page Shiro turned the person away from, if it was one to open again (not a form post or a resource). */
    private static Optional<String> pageAskedFor(HttpServletRequest request) {
        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        if (saved == null || !"GET".equalsIgnoreCase(saved.getMethod())
                || saved.getRequestURI().contains("/jakarta.faces.resource/")
                || saved.getRequestURI().contains("/api/")) {
            return Optional.empty();
        }
        return Optional.of(saved.getRequestUrl());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Why the last attempt failed, or null. */
    public String getError() {
        return error;
    }
}
