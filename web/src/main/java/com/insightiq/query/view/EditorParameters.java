package com.insightiq.query.view;

/** Reads ids from the editor's address (?source=3&table=12); anything else is no id. */
final class EditorParameters {
    private EditorParameters() {
    }

    static Long id(String text) {
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
