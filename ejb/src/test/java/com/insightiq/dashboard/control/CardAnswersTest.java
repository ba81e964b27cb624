package com.insightiq.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.CardResult;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.entity.CardKind;
import com.insightiq.query.control.ResultsCleared;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.viz.boundary.Visualization;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CardAnswersTest {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final DashboardFilter DATE = new DashboardFilter("when", "When", "date", null, null, null, List.of());
    static final DashboardPlan.Card CARD = card("SELECT count(*) FROM orders");
    static final DashboardPlan PLAN = new DashboardPlan(7, List.of(DATE), List.of(CARD));
    static final Map<String, FilterValue> MARCH = Map.of("when",
            new FilterValue.Dates(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
    static final CardResult ANSWER = new CardResult(CARD.id(), CardResult.OK, null, null, null, null,
            NOW.minusSeconds(5), false, 340, List.of("when"));

    CardAnswers answers;

    static DashboardPlan.Card card(String sql) {
        return new DashboardPlan.Card(11, CardKind.QUESTION, null, Map.of(), List.of(new CardMapping("when", "day")),
                Optional.of(new DashboardPlan.Question(3, 1, sql, List.of(), new Visualization("number", Map.of()),
                        null)), null);
    }

    static CardRunContext member(String tenant, long userId) {
        return new CardRunContext(new Slug(tenant), userId, 7, Locale.ENGLISH, null, "dashboard");
    }

    static CardAnswers.Key key(CardRunContext context, DashboardPlan.Card card, Map<String, FilterValue> values) {
        return CardAnswers.Key.of(context, PLAN, card, values, ZONE);
    }

    void at(Instant now) {
        answers.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @BeforeEach
    void fresh() {
        answers = new CardAnswers();
        answers.capacity = 3;
        at(NOW);
    }

    @Test
    void aKeptAnswerComesBackMarkedCachedWithItsOwnTimeUntilTheRowsExpire() {
        answers.keep(key(member("acme", 1), CARD, MARCH), ANSWER, NOW.plusSeconds(60));
        CardResult hit = answers.fresh(key(member("acme", 1), CARD, Map.copyOf(MARCH))).orElseThrow();
        assertTrue(hit.cached());
        assertEquals(0, hit.durationMs());
        assertEquals(ANSWER.updatedAt(), hit.updatedAt(), "\"last updated\" stays when the rows were read");
        assertEquals(List.of("when"), hit.applied());

        at(NOW.plusSeconds(59));
        assertTrue(answers.fresh(key(member("acme", 1), CARD, MARCH)).isPresent());
        at(NOW.plusSeconds(60));
        assertTrue(answers.fresh(key(member("acme", 1), CARD, MARCH)).isEmpty(), "gone with the engine's entry");
        assertEquals(0, answers.size());
    }

    @Test
    void anythingTheAnswerDependsOnMakesAnotherKey() {
        answers.keep(key(member("acme", 1), CARD, MARCH), ANSWER, NOW.plusSeconds(60));
        Map<String, FilterValue> april = Map.of("when",
                new FilterValue.Dates(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        assertTrue(answers.fresh(key(member("acme", 1), CARD, april)).isEmpty(), "other filter values");
        assertTrue(answers.fresh(key(member("acme", 1), CARD, Map.of())).isEmpty(), "no filter value");
        assertTrue(answers.fresh(key(member("acme", 2), CARD, MARCH)).isEmpty(), "another member");
        assertTrue(answers.fresh(key(member("globex", 1), CARD, MARCH)).isEmpty(), "another tenant");
        assertTrue(answers.fresh(key(new CardRunContext(new Slug("acme"), 1, 7, Locale.ENGLISH, null, "public"),
                CARD, MARCH)).isEmpty(), "a public link, though its creator is member 1");
        assertTrue(answers.fresh(key(new CardRunContext(new Slug("acme"), 1, 7, Locale.GERMAN, null, "dashboard"),
                CARD, MARCH)).isEmpty(), "another locale formats otherwise");
        assertTrue(answers.fresh(key(member("acme", 1), card("SELECT count(*) FROM orders WHERE paid"), MARCH))
                .isEmpty(), "the question was edited");
        assertTrue(answers.fresh(CardAnswers.Key.of(member("acme", 1), PLAN, CARD, MARCH, ZoneId.of("UTC")))
                .isEmpty(), "another reporting zone");
        assertTrue(answers.fresh(key(member("acme", 1), CARD, MARCH)).isPresent());
    }

    @Test
    void failuresAndExpiredRowsAreNeverKept() {
        CardResult failed = new CardResult(CARD.id(), CardResult.ERROR, "The data source is down.", "connection",
                null, null, NOW, false, 12, List.of());
        answers.keep(key(member("acme", 1), CARD, MARCH), failed, NOW.plusSeconds(60));
        answers.keep(key(member("acme", 2), CARD, MARCH), ANSWER, NOW);
        assertEquals(0, answers.size());
    }

    @Test
    void theLeastRecentlyUsedGoFirstBeyondTheCapacity() {
        for (long user = 1; user <= 3; user++) {
            answers.keep(key(member("acme", user), CARD, MARCH), ANSWER, NOW.plusSeconds(60));
        }
        assertTrue(answers.fresh(key(member("acme", 1), CARD, MARCH)).isPresent()); // 1 is now the most recent
        answers.keep(key(member("acme", 4), CARD, MARCH), ANSWER, NOW.plusSeconds(60));
        assertEquals(3, answers.size());
        assertTrue(answers.fresh(key(member("acme", 2), CARD, MARCH)).isEmpty(), "2 was the least recently used");
        assertTrue(answers.fresh(key(member("acme", 1), CARD, MARCH)).isPresent());
        assertTrue(answers.fresh(key(member("acme", 4), CARD, MARCH)).isPresent());
    }

    @Test
    void clearingATenantsResultsDropsOnlyItsCards() {
        answers.keep(key(member("acme", 1), CARD, MARCH), ANSWER, NOW.plusSeconds(60));
        answers.keep(key(member("globex", 1), CARD, MARCH), ANSWER, NOW.plusSeconds(60));
        answers.clear(new ResultsCleared(new Slug("acme")));
        assertFalse(answers.fresh(key(member("acme", 1), CARD, MARCH)).isPresent());
        assertTrue(answers.fresh(key(member("globex", 1), CARD, MARCH)).isPresent());
    }
}
