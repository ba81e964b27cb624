package com.insightiq.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;

/** What the error pages may tell: our own explanations, never a container's or an exception's text. */
@Named("errorView")
@RequestScoped
public class ErrorView {
    static final String MESSAGE = "com.insightiq.error.message";

    /** The explanation for a 403 or 404, or null when there is none fit for people. */
    public String getMessage() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        if (request.get(MESSAGE) instanceof String ours && !ours.isBlank()) {
            return ours;
        }
        // Refusals (403) are always ours; a container's 404 text names internal paths and is left out.
        boolean forbidden = Integer.valueOf(403).equals(request.get(RequestDispatcher.ERROR_STATUS_CODE));
        return forbidden && request.get(RequestDispatcher.ERROR_MESSAGE) instanceof String text && !text.isBlank()
                ? text : null;
    }
}
