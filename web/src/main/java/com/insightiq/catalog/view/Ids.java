package com.insightiq.catalog.view;

import jakarta.faces.context.FacesContext;

/** Reads a numeric id from the request, such as ?id=12; anything else is no id. */
final class Ids {
    private Ids() {
    }

    static Long parameter(String name) {
        String text = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        if (text == null || text.isBlank() || text.length() > 18) {
            return null;
        }
        try {
            long id = Long.parseLong(text.trim());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
