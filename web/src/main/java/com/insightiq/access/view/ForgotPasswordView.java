package com.insightiq.access.view;

import com.insightiq.access.boundary.Accounts;
import com.insightiq.platform.view.Links;
import com.insightiq.platform.view.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, so the form cannot be
 * used to find out who has one.
 */
@Named("forgotPasswordView")
@RequestScoped
public class ForgotPasswordView {
    @Inject
    Accounts accounts;

    @Inject
    Links links;

    @Inject
    Notices notices;

    private String email;
    private boolean sent;

    public void send() {
        String address = email == null ? "" : email.trim();
        sent = notices.run(() -> accounts.requestPasswordReset(address, links.resetPage()));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
