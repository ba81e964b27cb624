package com.insightiq.access.view;

import com.insightiq.access.boundary.Accounts;
import com.insightiq.platform.view.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;

/** Chooses a new password with the token from a reset link (also the link an invitation sends). */
@Named("passwordResetView")
@ViewScoped
public class PasswordResetView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    Notices notices;

    private String token;
    private String newPassword;
    private String repeatedPassword;
    private boolean done;

    public void reset() {
        try {
            if (!Objects.equals(newPassword, repeatedPassword)) {
                notices.error("reset.mismatch");
                return;
            }
            String chosen = newPassword;
            done = notices.run(() -> accounts.resetPassword(token, chosen));
        } finally {
            // Passwords must not linger in the view state kept in the session.
            newPassword = null;
            repeatedPassword = null;
        }
    }

    public boolean isTokenMissing() {
        return token == null || token.isBlank();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }

    public boolean isDone() {
        return done;
    }
}
