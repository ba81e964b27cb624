package com.insightiq.dashboard.control;

import com.insightiq.connection.control.Driver;
import com.insightiq.connection.control.Drivers;
import com.insightiq.connection.control.SourceDefinitions;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.boundary.FilterChoice;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.control.ParameterType;
import com.insightiq.query.control.QueryEngine;
import com.insightiq.query.control.QueryOrigin;
import com.insightiq.query.control.QuerySpec;
import com.insightiq.query.control.ResultColumn;
import com.insightiq.query.control.RowSink;
import com.insightiq.query.control.RunControl;
import com.insightiq.query.entity.QueryPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values a category, text or id filter offers: the catalog's field values of its column (its own, else the
 * column of the first field filter it is wired to), or — when filters it is linked to have values — the column's
 * distinct values under those filters, read from the data source through the query engine with the values bound
 * (same table, or one foreign-key hop the catalog knows). Search: case-insensitive "contains". At most 1,000.
 */
@ApplicationScoped
public class FilterChoices {
    public static final int MAX = 1000;
    /** Distinct values read from the source at most, before the search narrows them. */
    static final int READ_MAX = 100_000;

    @Inject
    ChoiceColumns columns;

    @Inject
    QueryEngine engine;

    @Inject
    SourceDefinitions sources;

    @Inject
    Drivers drivers;

    public List<FilterChoice> choices(CardRunContext context, DashboardPlan plan, DashboardFilter filter,
                                      String search, Map<String, FilterValue> values) {
        if ("date".equals(filter.type()) || "number".equals(filter.type())) {
            throw new InvalidInputException("The filter \"" + FilterInput.label(filter) + "\" is a " + filter.type()
                    + " filter; only category, text and id filters offer choices.");
        }
        Optional<ChoiceColumns.Column> column = columnOf(context, plan, filter);
        if (column.isEmpty()) {
            return List.of();
        }
        String needle = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        List<Linked> linked = new ArrayList<>();
        for (String other : filter.linkedTo() == null ? List.<String>of() : filter.linkedTo()) {
            Optional<DashboardFilter> otherFilter = plan.filter(other);
            FilterValue value = values.get(other);
            if (otherFilter.isEmpty() || value == null || other.equals(filter.id())) {
                continue;
            }
            columnOf(context, plan, otherFilter.get()).filter(c -> c.dataSourceId() == column.get().dataSourceId())
                    .ifPresent(c -> linked.add(new Linked(otherFilter.get(), c, value)));
        }
        Set<String> found = new LinkedHashSet<>();
        if (linked.isEmpty()) {
            for (String value : columns.fieldValues(context.tenant(), column.get().id())) {
                if (matches(value, needle) && found.add(value) && found.size() >= MAX) {
                    break;
                }
            }
        } else {
            narrowed(context, plan, column.get(), linked, needle, found);
        }
        return found.stream().map(v -> new FilterChoice(v, v)).toList();
    }

    private record Linked(DashboardFilter filter, ChoiceColumns.Column column, FilterValue value) {
    }

    private void narrowed(CardRunContext context, DashboardPlan plan, ChoiceColumns.Column own, List<Linked> linked,
                          String needle, Set<String> found) {
        Driver driver = drivers.forEngine(sources.find(context.tenant(), own.dataSourceId()).orElseThrow(() ->
                new NotFoundException("The data source of this filter's column is gone.")).engine());
        StringBuilder sql = new StringBuilder("SELECT DISTINCT t.").append(driver.quote(own.name()))
                .append(" FROM ").append(driver.qualify(own.table())).append(" t");
        List<String> conditions = new ArrayList<>();
        List<ParameterForm> forms = new ArrayList<>();
        List<Long> joined = new ArrayList<>();
        for (Linked link : linked) {
            String alias = "t";
            if (link.column().tableId() != own.tableId()) {
                int index = joined.indexOf(link.column().tableId());
                if (index < 0) {
                    Optional<String> join = join(context, own, link.column(), "j" + joined.size(), driver);
                    if (join.isEmpty()) {
                        continue; // two tables the catalog does not connect in one hop: this link cannot narrow
                    }
                    sql.append(join.get());
                    joined.add(link.column().tableId());
                    index = joined.size() - 1;
                }
                alias = "j" + index;
            }
            String name = "linked" + forms.size();
            Object bound = CardParameters.convert(link.value(), ParameterType.FIELD).orElseThrow();
            forms.add(new ParameterForm(name, ParameterType.FIELD.code(), bound, link.column().id(), alias));
            conditions.add("{{" + name + "}}");
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        sql.append(" ORDER BY 1");
        QuerySpec spec = QuerySpec.of(context.tenant(), context.userId(), own.dataSourceId(), sql.toString(), forms,
                QueryPurpose.EXPORT, null, null).withControl(new RunControl(QueryOrigin.dashboard(
                context.dashboardId())));
        engine.exportNow(spec, new RowSink() {
            private int read;

            @Override
            public void columns(List<ResultColumn> given) {
                // one column: the values
            }

            @Override
            public boolean row(Object[] values) {
                read++;
                if (values[0] != null) {
                    String value = String.valueOf(values[0]);
                    if (matches(value, needle)) {
                        found.add(value);
                    }
                }
                return found.size() < MAX && read < READ_MAX;
            }

            @Override
            public void finish(long rowCount, boolean truncated) {
                // the set is complete or full
            }
        });
    }

    private Optional<String> join(CardRunContext context, ChoiceColumns.Column own, ChoiceColumns.Column other,
                                  String alias, Driver driver) {
        String joined = " JOIN " + driver.qualify(other.table()) + " " + alias + " ON ";
        Optional<ChoiceColumns.Hop> out = columns.hop(context.tenant(), own.tableId(), other.tableId());
        if (out.isPresent()) {
            return Optional.of(joined + "t." + driver.quote(out.get().fromColumn()) + " = " + alias + "."
                    + driver.quote(out.get().toColumn()));
        }
        return columns.hop(context.tenant(), other.tableId(), own.tableId()).map(in -> joined + alias + "."
                + driver.quote(in.fromColumn()) + " = t." + driver.quote(in.toColumn()));
    }

    private Optional<ChoiceColumns.Column> columnOf(CardRunContext context, DashboardPlan plan,
                                                    DashboardFilter filter) {
        Long columnId = filter.columnId();
        if (columnId == null) {
            columnId = wiredColumn(plan, filter.id()).orElse(null);
        }
        return columnId == null ? Optional.empty() : columns.column(context.tenant(), columnId);
    }

    /** The column of the first field filter (cards in grid order) the filter is wired to. */
    static Optional<Long> wiredColumn(DashboardPlan plan, String filterId) {
        for (DashboardPlan.Card card : plan.cards()) {
            if (card.question().isEmpty()) {
                continue;
            }
            for (var mapping : card.mappings()) {
                if (!mapping.filterId().equals(filterId)) {
                    continue;
                }
                Optional<Long> column = card.question().get().parameters().stream()
                        .filter(p -> p.name().equals(mapping.parameter()) && "field".equals(p.type())
                                && p.columnId() != null).map(p -> p.columnId()).findFirst();
                if (column.isPresent()) {
                    return column;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String value, String needle) {
        return needle == null || value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
