package com.insightiq.home.control;

import com.insightiq.connection.control.Driver;
import com.insightiq.connection.control.TableRef;
import com.insightiq.connection.control.TimeGrain;
import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.query.control.ParameterType;
import com.insightiq.question.boundary.QuestionParameter;
import com.insightiq.viz.boundary.Visualization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An automatic dashboard for one table from what the catalog knows of its columns (Metabase calls this an x-ray): a
 * row count, sums of the main currency and quantity measures, rows and the measure per month of the first date/time
 * column, and breakdowns by up to three low-cardinality category columns. A date filter ({@code {{created}}}) and a
 * category filter ({@code {{category}}}) are field filters on those columns, wired to every card. Pure: it reads no
 * database and decides nothing about rights.
 */
public final class XRay {
    public static final String DATE = "created";
    public static final String CATEGORY = "category";
    /** Category columns with more distinct values than this are not worth a breakdown. */
    static final int MAX_CATEGORY_VALUES = 30;
    static final int MAX_BREAKDOWNS = 3;
    /** Up to this many values a breakdown is a pie, above a row chart. */
    static final int PIE_VALUES = 6;
    private static final List<String> MEASURE_NAMES = List.of("total", "revenue", "amount", "sales");
    private static final int GRID = 24;

    private XRay() {
    }

    public static XRayPlan plan(XRayTable table, Driver driver) {
        List<XRayTable.Column> visible = table.columns().stream().filter(c -> !c.hidden()).toList();
        Optional<XRayTable.Column> date = visible.stream().filter(c -> is(c, "date-time")).findFirst();
        List<XRayTable.Column> categories = visible.stream().filter(c -> is(c, "category"))
                .filter(c -> c.distinctCount() == null || c.distinctCount() <= MAX_CATEGORY_VALUES)
                .limit(MAX_BREAKDOWNS).toList();
        Optional<XRayTable.Column> money = measure(visible, "currency");
        Optional<XRayTable.Column> quantity = measure(visible, "quantity").filter(q -> !q.equals(money.orElse(null)));

        Sql sql = new Sql(driver, driver.qualify(new TableRef(table.schema(), table.name())), date, categories);
        String rows = table.displayName();
        List<XRayPlan.Card> numbers = new ArrayList<>();
        numbers.add(sql.card("Number of " + rows, "number", "count(*)", "Count", null, null, false, 4));
        money.ifPresent(m -> numbers.add(sql.card("Sum of " + m.displayName(), "number",
                "sum(" + driver.quote(m.name()) + ")", "Sum of " + m.displayName(), null, null, false, 4)));
        quantity.ifPresent(q -> numbers.add(sql.card("Sum of " + q.displayName(), "number",
                "sum(" + driver.quote(q.name()) + ")", "Sum of " + q.displayName(), null, null, false, 4)));

        List<XRayPlan.Card> charts = new ArrayList<>();
        date.ifPresent(d -> {
            String month = driver.dateTrunc(TimeGrain.MONTH, driver.quote(d.name()));
            charts.add(sql.card(rows + " per month", "line", "count(*)", "Count", month, "Month", true, 6));
            money.ifPresent(m -> charts.add(sql.card(m.displayName() + " per month", "bar",
                    "sum(" + driver.quote(m.name()) + ")", "Sum of " + m.displayName(), month, "Month", true, 6)));
        });
        for (XRayTable.Column c : categories) {
            boolean few = c.distinctCount() != null && c.distinctCount() <= PIE_VALUES;
            charts.add(sql.card(rows + " by " + c.displayName(), few ? "pie" : "row", "count(*)", "Count",
                    driver.quote(c.name()), c.displayName(), false, 6));
        }
        if (money.isPresent() && !categories.isEmpty()) {
            XRayTable.Column c = categories.get(0);
            charts.add(sql.card(money.get().displayName() + " by " + c.displayName(), "bar",
                    "sum(" + driver.quote(money.get().name()) + ")", "Sum of " + money.get().displayName(),
                    driver.quote(c.name()), c.displayName(), false, 6));
        }

        List<DashboardFilter> filters = new ArrayList<>();
        date.ifPresent(d -> filters.add(new DashboardFilter(DATE, d.displayName(), "date", null, false, d.id(),
                List.of())));
        categories.stream().findFirst().ifPresent(c -> filters.add(new DashboardFilter(CATEGORY, c.displayName(),
                "category", null, false, c.id(), List.of())));
        return new XRayPlan("A look at " + rows, "Made automatically from what the catalog knows about "
                + rows + ".", filters, layout(numbers, charts));
    }

    /** Numbers share the first row; charts two by two below, the last one full width when it is alone. */
    static List<XRayPlan.Card> layout(List<XRayPlan.Card> numbers, List<XRayPlan.Card> charts) {
        List<XRayPlan.Card> placed = new ArrayList<>();
        int width = GRID / Math.max(1, numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            XRayPlan.Card n = numbers.get(i);
            placed.add(new XRayPlan.Card(n.name(), n.sql(), n.parameters(), n.visualization(), i * width, 0,
                    i == numbers.size() - 1 ? GRID - i * width : width, n.height(), n.mappings()));
        }
        int row = numbers.isEmpty() ? 0 : numbers.get(0).height();
        for (int i = 0; i < charts.size(); i++) {
            XRayPlan.Card c = charts.get(i);
            boolean alone = i % 2 == 0 && i == charts.size() - 1;
            placed.add(new XRayPlan.Card(c.name(), c.sql(), c.parameters(), c.visualization(),
                    i % 2 == 0 ? 0 : GRID / 2, row, alone ? GRID : GRID / 2, c.height(), c.mappings()));
            if (i % 2 == 1 || alone) {
                row += c.height();
            }
        }
        return placed;
    }

    private static boolean is(XRayTable.Column c, String semanticType) {
        return semanticType.equals(c.semanticType());
    }

    /** The measure named like revenue when there is one, else the first of its type. */
    private static Optional<XRayTable.Column> measure(List<XRayTable.Column> columns, String semanticType) {
        List<XRayTable.Column> candidates = columns.stream().filter(c -> is(c, semanticType)).toList();
        for (String name : MEASURE_NAMES) {
            Optional<XRayTable.Column> named = candidates.stream()
                    .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        return candidates.stream().findFirst();
    }

    /** Writes each card's SQL with the same FROM and the same field filters. */
    private record Sql(Driver driver, String from, Optional<XRayTable.Column> date,
                       List<XRayTable.Column> categories) {

        XRayPlan.Card card(String name, String type, String aggregate, String metric, String groupBy,
                           String dimension, boolean byTime, int height) {
            StringBuilder s = new StringBuilder("SELECT ");
            if (groupBy != null) {
                s.append(groupBy).append(" AS ").append(driver.quote(dimension)).append(", ");
            }
            s.append(aggregate).append(" AS ").append(driver.quote(metric)).append(" FROM ").append(from);
            List<String> conditions = new ArrayList<>();
            List<QuestionParameter> parameters = new ArrayList<>();
            List<CardMapping> mappings = new ArrayList<>();
            date.ifPresent(d -> {
                conditions.add("{{" + DATE + "}}");
                parameters.add(field(DATE, d));
                mappings.add(new CardMapping(DATE, DATE));
            });
            categories.stream().findFirst().ifPresent(c -> {
                conditions.add("{{" + CATEGORY + "}}");
                parameters.add(field(CATEGORY, c));
                mappings.add(new CardMapping(CATEGORY, CATEGORY));
            });
            if (!conditions.isEmpty()) {
                s.append(" WHERE ").append(String.join(" AND ", conditions));
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            if (groupBy != null) {
                s.append(" GROUP BY ").append(groupBy).append(" ORDER BY ")
                        .append(byTime ? groupBy : aggregate + " DESC");
                settings.put("dimension", dimension);
            }
            settings.put("metrics", List.of(metric));
            if (byTime) {
                settings.put("dateGrain", "month");
            }
            return new XRayPlan.Card(name, s.toString(), parameters, new Visualization(type, settings), 0, 0,
                    "number".equals(type) ? 6 : 12, height, mappings);
        }

        private static QuestionParameter field(String name, XRayTable.Column column) {
            return new QuestionParameter(name, ParameterType.FIELD.code(), column.displayName(), null, false,
                    column.id());
        }
    }
}
