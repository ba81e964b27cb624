package com.insightiq.dashboard.control;

import com.insightiq.dashboard.boundary.CardResult;
import com.insightiq.dashboard.boundary.FilterChoice;
import com.insightiq.platform.control.ForbiddenException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.query.control.QueryEngine;
import com.insightiq.query.control.QueryFailedException;
import com.insightiq.query.control.QueryOrigin;
import com.insightiq.query.control.QuerySpec;
import com.insightiq.query.control.RunControl;
import com.insightiq.query.entity.QueryPurpose;
import com.insightiq.question.control.QuestionValues;
import com.insightiq.viz.boundary.RenderedViz;
import com.insightiq.viz.boundary.Visualizations;
import com.insightiq.viz.control.ChartRows;
import com.insightiq.viz.control.ReportZones;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs cards with no access checks (the boundaries — member, public link, embedding — have made them): maps the
 * dashboard's filter values through each card's mappings onto its question's parameters, runs the question through
 * the query engine (cache used when fresh) on the managed card executor under the tenant's cap, and renders the
 * question's visualization. Needs no transaction from the caller. Bad filter values are 400 for the whole request;
 * anything that goes wrong for one card is that card's error.
 */
@ApplicationScoped
public class CardRunner {
    private static final Logger LOG = Logger.getLogger(CardRunner.class.getName());

    @Inject
    DashboardPlans plans;

    @Inject
    QueryEngine engine;

    @Inject
    Visualizations visualizations;

    @Inject
    ReportZones zones;

    @Inject
    CardThreads threads;

    @Inject
    FilterChoices choices;

    @Inject
    CardAnswers answers;

    Clock clock = Clock.systemUTC();

    public CardResult run(CardRunContext context, long cardId, Map<String, Object> filters) {
        DashboardPlan plan = plans.plan(context.tenant(), context.dashboardId());
        DashboardPlan.Card card = plan.card(cardId).orElseThrow(() -> new NotFoundException("The dashboard has no "
                + "card " + cardId + "."));
        ZoneId zone = zones.zoneOf(context.tenant());
        Map<String, FilterValue> values = new FilterInput(clock).read(plan.filters(), filters, context.locked(), zone);
        if (card.question().isEmpty()) {
            return answer(context, plan, card, values, zone);
        }
        Optional<CardResult> fresh = answers.fresh(CardAnswers.Key.of(context, plan, card, values, zone));
        if (fresh.isPresent()) {
            return fresh.get();
        }
        CompletableFuture<CardResult> answered = new CompletableFuture<>();
        threads.submit(context.tenant(), () -> answered.complete(answer(context, plan, card, values, zone)),
                () -> answered.complete(busy(card)));
        try {
            return answered.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(card.id(), "cancelled", "The card was cancelled.", 0);
        } catch (ExecutionException e) {
            return unexpected(card.id(), e.getCause(), 0);
        }
    }

    public void runAll(CardRunContext context, String tab, Map<String, Object> filters, Consumer<CardResult> each) {
        prepareAll(context, tab, filters).run(each);
    }

    /**
     * Reads the dashboard and the filter values now (so bad input is 400 before any answer is sent); the returned run
     * answers every card of {@code tab} (null: all tabs) when started.
     */
    public PreparedRun prepareAll(CardRunContext context, String tab, Map<String, Object> filters) {
        DashboardPlan plan = plans.plan(context.tenant(), context.dashboardId());
        ZoneId zone = zones.zoneOf(context.tenant());
        Map<String, FilterValue> values = new FilterInput(clock).read(plan.filters(), filters, context.locked(), zone);
        List<DashboardPlan.Card> cards = plan.cards().stream()
                .filter(c -> tab == null || tab.equals(c.tab()) || c.tab() == null && tab.isEmpty()).toList();
        return each -> {
            Handover handover = new Handover(each, cards.size());
            for (DashboardPlan.Card card : cards) {
                if (card.question().isEmpty()) {
                    handover.give(answer(context, plan, card, values, zone)); // text: nothing to wait for
                }
            }
            List<DashboardPlan.Card> toRun = new ArrayList<>();
            for (DashboardPlan.Card card : cards) {
                if (card.question().isPresent()) {
                    // a warm card needs no card slot: it is handed over before any query is queued
                    answers.fresh(CardAnswers.Key.of(context, plan, card, values, zone))
                            .ifPresentOrElse(handover::give, () -> toRun.add(card));
                }
            }
            for (DashboardPlan.Card card : toRun) {
                threads.submit(context.tenant(), () -> {
                    if (handover.done.isDone()) {
                        handover.skip(); // the viewer left: the remaining cards need not run
                    } else {
                        handover.give(answer(context, plan, card, values, zone));
                    }
                }, () -> handover.give(busy(card)));
            }
            handover.await();
        };
    }

    /** A dashboard run whose input was checked: answers every card, each handed over one at a time as it ends. */
    @FunctionalInterface
    public interface PreparedRun {
        void run(Consumer<CardResult> each);
    }

    public List<FilterChoice> choices(CardRunContext context, String filterId, String search,
                                      Map<String, Object> filters) {
        DashboardPlan plan = plans.plan(context.tenant(), context.dashboardId());
        var filter = plan.filter(filterId).orElseThrow(() -> new NotFoundException("The dashboard has no filter '"
                + FilterInput.shown(filterId) + "'."));
        ZoneId zone = zones.zoneOf(context.tenant());
        FilterInput input = new FilterInput(clock);
        Map<String, Object> given = filters == null ? Map.of() : filters;
        for (String id : given.keySet()) {
            if (plan.filter(id).isEmpty()) {
                throw new InvalidInputException("This dashboard has no filter '" + FilterInput.shown(id) + "'.");
            }
        }
        Map<String, FilterValue> values = new java.util.HashMap<>();
        for (var f : plan.filters()) {
            Object raw = context.locked() != null && context.locked().containsKey(f.id()) ? context.locked().get(f.id())
                    : given.get(f.id());
            input.parse(f, raw, zone).ifPresent(v -> values.put(f.id(), v));
        }
        return choices.choices(context, plan, filter, search, values);
    }

    /** One card's answer; never throws. */
    CardResult answer(CardRunContext context, DashboardPlan plan, DashboardPlan.Card card,
                      Map<String, FilterValue> values, ZoneId zone) {
        long started = System.nanoTime();
        try {
            return switch (card.kind()) {
                case TEXT -> text(card, TextCards.markdown(card.setting("text"), values, filterIds(plan)));
                case HEADING -> text(card, TextCards.heading(card.setting("text") != null ? card.setting("text")
                        : card.setting("title"), values, filterIds(plan)));
                case LINK -> text(card, TextCards.link(card.setting("url"), card.setting("title"), values,
                        filterIds(plan)));
                case QUESTION -> question(context, plan, card, values, zone, started);
            };
        } catch (CardFailure e) {
            return failed(card.id(), e.code(), e.getMessage(), started);
        } catch (QueryFailedException e) {
            return failed(card.id(), e.problem().code(), e.problem().message(), started);
        } catch (InvalidInputException e) {
            return failed(card.id(), CardFailure.BAD_FILTER, e.getMessage(), started);
        } catch (ForbiddenException e) {
            return failed(card.id(), "forbidden", e.getMessage(), started);
        } catch (NotFoundException e) {
            return failed(card.id(), CardFailure.QUESTION_MISSING, e.getMessage(), started);
        } catch (RuntimeException | LinkageError e) {
            return unexpected(card.id(), e, started);
        }
    }

    private CardResult question(CardRunContext context, DashboardPlan plan, DashboardPlan.Card card,
                                Map<String, FilterValue> values, ZoneId zone, long started) {
        DashboardPlan.Question q = card.question().orElseThrow(() -> new CardFailure(CardFailure.QUESTION_MISSING,
                card.problem() == null ? "This card shows no question." : card.problem()));
        CardParameters.Mapped mapped = CardParameters.map(q.parameters(), card.mappings(), plan.filters(), values);
        RunControl control = new RunControl(QueryOrigin.card(q.id(), q.cacheTtlSeconds(), context.dashboardId()));
        QuerySpec spec = QuerySpec.of(context.tenant(), context.userId(), q.dataSourceId(), q.sql(),
                QuestionValues.merge(q.parameters(), mapped.values()), QueryPurpose.EXPORT, null, null)
                .withControl(control);
        ChartRows rows = new ChartRows(visualizations.maxRows());
        // EXPORT, as QuestionRuns.rows: every row the chart draws into the sink, complete results kept in the cache
        engine.exportNow(spec, rows);
        Instant read = control.rowsReadAt().orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.MILLIS));
        RenderedViz viz = visualizations.render(rows.data(), q.visualization(), context.locale(), zone);
        CardResult result = new CardResult(card.id(), CardResult.OK, null, null, viz, null, read,
                control.replayedFrom().isPresent(), elapsedMs(started), mapped.applied());
        control.reusableUntil().ifPresent(until -> answers.keep(CardAnswers.Key.of(context, plan, card, values, zone),
                result, until));
        return result;
    }

    private CardResult text(DashboardPlan.Card card, String html) {
        return new CardResult(card.id(), CardResult.OK, null, null, null, html, Instant.now(), false, 0, List.of());
    }

    private static Map<String, Boolean> filterIds(DashboardPlan plan) {
        Map<String, Boolean> ids = new java.util.HashMap<>();
        plan.filters().forEach(f -> ids.put(f.id(), true));
        return ids;
    }

    private static CardResult busy(DashboardPlan.Card card) {
        return failed(card.id(), "busy", "The server is too busy to run this card now; try again in a moment.", 0);
    }

    private static CardResult failed(long cardId, String code, String message, long started) {
        return new CardResult(cardId, CardResult.ERROR, message, code, null, null, Instant.now(), false,
                started == 0 ? 0 : elapsedMs(started), List.of());
    }

    private static CardResult unexpected(long cardId, Throwable e, long started) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Card " + cardId + " failed, reference " + reference, e);
        return failed(cardId, "query-failed", "Something went wrong on the server (reference " + reference
                + "); the log has the details.", started);
    }

    private static long elapsedMs(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Hands answers to the consumer one at a time; done when every card is answered or the consumer failed. */
    private static final class Handover {
        final Consumer<CardResult> each;
        final AtomicInteger left;
        final CompletableFuture<Void> done = new CompletableFuture<>();

        Handover(Consumer<CardResult> each, int cards) {
            this.each = each;
            this.left = new AtomicInteger(cards);
            if (cards == 0) {
                done.complete(null);
            }
        }

        void give(CardResult result) {
            synchronized (this) {
                if (!done.isDone()) {
                    try {
                        each.accept(result);
                    } catch (RuntimeException e) {
                        done.completeExceptionally(e);
                    }
                }
            }
            skip();
        }

        void skip() {
            if (left.decrementAndGet() == 0) {
                done.complete(null);
            }
        }

        void await() {
            try {
                done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.completeExceptionally(e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
