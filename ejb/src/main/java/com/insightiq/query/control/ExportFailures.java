package com.insightiq.query.control;

import com.insightiq.platform.control.ConflictException;
import com.insightiq.platform.control.ForbiddenException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import java.io.IOException;

/** Why a background export failed, in words for the person who asked for it; internals stay in the server log. */
public final class ExportFailures {
    private ExportFailures() {
    }

    public static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isForPeople(t) && t.getMessage() != null) {
                return t.getMessage();
            }
            if (t instanceof IOException) {
                return "The export file could not be written: " + t.getMessage();
            }
        }
        return "The export failed; the server log has the details.";
    }

    /** The engine's and the platform's exceptions carry messages meant for the person (bad SQL, lost role, …). */
    private static boolean isForPeople(Throwable t) {
        return t instanceof InvalidInputException || t instanceof ForbiddenException || t instanceof NotFoundException
                || t instanceof ConflictException || t instanceof QueryFailedException;
    }
}
