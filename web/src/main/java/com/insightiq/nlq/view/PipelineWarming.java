package com.insightiq.nlq.view;

/**
 * The language pipeline is still loading (the boundary's LanguageNotReadyException, the API's 503): the answer page
 * says it is warming up and asks again, rather than showing an error.
 */
final class PipelineWarming extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PipelineWarming() {
        super("The language pipeline is warming up.", null, false, false);
    }

    /** Whether {@code failure} (or what it wraps: an EJBException around a system exception) says "not ready". */
    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals("LanguageNotReadyException")) {
                return true;
            }
        }
        return false;
    }
}
