package com.insightiq.dashboard.control;

import com.insightiq.dashboard.boundary.CardResult;
import com.insightiq.dashboard.boundary.FilterChoice;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs cards with no access checks (the boundaries — member, public link, embedding — have made them): maps the
 * dashboard's filter values through each card's mappings onto its question's parameters, runs the question through
 * the query engine (cache used when fresh) on the managed card executor under the tenant's cap, and renders the
 * question's visualization. Contract for issue 6; the runs helper fills it in. Needs no transaction from the caller.
 */
@ApplicationScoped
public class CardRunner {

    public CardResult run(CardRunContext context, long cardId, Map<String, Object> filters) {
        throw new UnsupportedOperationException("issue 6");
    }

    public void runAll(CardRunContext context, String tab, Map<String, Object> filters, Consumer<CardResult> each) {
        throw new UnsupportedOperationException("issue 6");
    }

    public List<FilterChoice> choices(CardRunContext context, String filterId, String search,
                                      Map<String, Object> filters) {
        throw new UnsupportedOperationException("issue 6");
    }
}
