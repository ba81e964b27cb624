package com.insightiq.home.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.Drivers;
import com.insightiq.connection.entity.Engine;
import com.insightiq.question.boundary.QuestionParameter;
import com.insightiq.question.control.QuestionChecks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleQuestionsTest {
    @Test
    void theHandPickedQuestionsUseTheGeneratedFiltersAndSitBelowTheGeneratedCards() {
        XRayPlan plan = XRay.plan(XRayTest.orders(), new Drivers().forEngine(Engine.POSTGRESQL));
        int below = plan.cards().stream().mapToInt(c -> c.row() + c.height()).max().orElseThrow();
        List<XRayPlan.Card> examples = ExampleQuestions.cards("public", plan.filters(), below);
        assertEquals(List.of("Revenue by month", "Top products by revenue", "Revenue by product category"),
                examples.stream().map(XRayPlan.Card::name).toList());
        for (XRayPlan.Card card : examples) {
            assertTrue(card.sql().contains("public.orders o") && card.sql().contains(" WHERE {{created}} AND {{category}}"),
                    card.sql());
            List<QuestionParameter> checked = QuestionChecks.parameters(card.sql(), card.parameters());
            assertEquals(List.of(72L, 73L), checked.stream().map(QuestionParameter::columnId).toList());
            assertTrue(checked.stream().noneMatch(QuestionParameter::required), "no filter value is needed");
            assertTrue(card.row() >= below);
        }
        List<XRayPlan.Card> all = new ArrayList<>(plan.cards());
        all.addAll(examples);
        for (XRayPlan.Card a : all) {
            for (XRayPlan.Card b : all) {
                assertTrue(a == b || a.col() + a.width() <= b.col() || b.col() + b.width() <= a.col()
                        || a.row() + a.height() <= b.row() || b.row() + b.height() <= a.row(), a.name() + " / " + b.name());
            }
        }
    }
}
