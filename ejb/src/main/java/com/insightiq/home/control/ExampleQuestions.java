package com.insightiq.home.control;

import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.query.control.ParameterType;
import com.insightiq.question.boundary.QuestionParameter;
import com.insightiq.viz.boundary.Visualization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hand-written example questions on the sample database (PostgreSQL, the shop's tables in {@code schema}), wired
 * to the same dashboard filters as the generated Orders dashboard, placed below its cards.
 */
public final class ExampleQuestions {
    private ExampleQuestions() {
    }

    /** The example cards under {@code belowRow}; filters are the generated plan's (date and category on orders). */
    public static List<XRayPlan.Card> cards(String schema, List<DashboardFilter> filters, int belowRow) {
        String orders = quote(schema) + ".orders o";
        String lines = quote(schema) + ".order_lines l JOIN " + quote(schema) + ".products p ON p.id = l.product_id"
                + " JOIN " + orders + " ON o.id = l.order_id";
        List<QuestionParameter> parameters = new ArrayList<>();
        List<CardMapping> mappings = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        for (DashboardFilter f : filters) {
            parameters.add(new QuestionParameter(f.id(), ParameterType.FIELD.code(), f.name(), null, false,
                    f.columnId()));
            mappings.add(new CardMapping(f.id(), f.id()));
            conditions.add("{{" + f.id() + "}}");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Map<String, Object> dollars = Map.of("style", "currency", "currency", "USD");
        return List.of(
                new XRayPlan.Card("Revenue by month",
                        "SELECT date_trunc('month', o.created_at) AS \"Month\", sum(o.total) AS \"Revenue\" FROM "
                                + orders + where + " GROUP BY 1 ORDER BY 1",
                        parameters, new Visualization("line", Map.of("dimension", "Month",
                        "metrics", List.of("Revenue"), "dateGrain", "month", "numberFormat", dollars)),
                        0, belowRow, 24, 6, mappings),
                new XRayPlan.Card("Top products by revenue",
                        "SELECT p.title AS \"Product\", sum(l.line_total) AS \"Revenue\" FROM " + lines + where
                                + " GROUP BY p.title ORDER BY 2 DESC LIMIT 10",
                        parameters, new Visualization("row", Map.of("dimension", "Product",
                        "metrics", List.of("Revenue"), "numberFormat", dollars)),
                        0, belowRow + 6, 12, 7, mappings),
                new XRayPlan.Card("Revenue by product category",
                        "SELECT p.category AS \"Category\", sum(l.line_total) AS \"Revenue\" FROM " + lines + where
                                + " GROUP BY p.category ORDER BY 2 DESC",
                        parameters, new Visualization("pie", Map.of("dimension", "Category",
                        "metrics", List.of("Revenue"), "numberFormat", dollars)),
                        12, belowRow + 6, 12, 7, mappings));
    }

    /** Plain lowercase names stay as people write them; anything else is quoted. */
    private static String quote(String identifier) {
        return identifier.matches("[a-z_][a-z0-9_]*") ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
