package com.insightiq.access.view;

import com.insightiq.platform.view.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;

/** Ends the session (Shiro invalidates it) and returns to the sign-in page. */
@Named("signOutView")
@RequestScoped
public class SignOutView {
    @Inject
    Links links;

    public void signOut() throws IOException {
        String signIn = links.app("/sign-in.xhtml?signedOut=true");
        SecurityUtils.getSubject().logout();
        FacesContext.getCurrentInstance().getExternalContext().redirect(signIn);
    }
}
