package com.insightiq.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The welcome page has nothing to show: it sends people where they start (their tenant, or sign-in). */
@Named("landingView")
@RequestScoped
public class LandingView {
    @Inject
    Links links;

    public void redirect() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(links.startPage());
    }
}
