package com.insightiq.nlq.view;

import com.insightiq.catalog.boundary.Catalog;
import com.insightiq.catalog.boundary.CatalogViews.ColumnInfo;
import com.insightiq.connection.control.TimeGrain;
import com.insightiq.nlq.boundary.NlqAnswer;
import com.insightiq.nlq.control.Interpretation;
import com.insightiq.nlq.control.NlQuery;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Corrections on the answer page's chips. A click on an editable chip opens its editor under the chips: a field or
 * measure takes another column of the same table (a time field also another grain), a filter other values or none,
 * the limit another number. Apply sends the edited {@link NlQuery} back through {@link AnswerView#recompile}.
 */
@Named("chipEditor")
@ViewScoped
public class ChipEditor implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The grains offered for a time field. */
    public static final List<String> GRAINS = List.of("DAY", "WEEK", "MONTH", "QUARTER", "YEAR");
    private static final Set<Integer> TIMES = Set.of(Types.DATE, Types.TIME, Types.TIMESTAMP,
            Types.TIME_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE);
    private static final Set<Integer> NUMBERS = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
            Types.REAL, Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL);
    /** Aggregations over a column a person may point elsewhere (a count or a ratio has none to change). */
    private static final Set<NlQuery.Aggregation> ON_COLUMN = Set.of(NlQuery.Aggregation.SUM,
            NlQuery.Aggregation.AVG, NlQuery.Aggregation.MIN, NlQuery.Aggregation.MAX, NlQuery.Aggregation.MEDIAN,
            NlQuery.Aggregation.COUNT_DISTINCT);

    /** A column a chip may switch to. */
    public record ColumnChoice(long id, String label, boolean time, boolean number) {
    }

    @Inject
    AnswerView page;

    @Inject
    Catalog catalog;

    @Inject
    Notices notices;

    @Inject
    CurrentTenant currentTenant;

    /** The chip being edited: its position in the answer's chip list; -1 for none. */
    private int editing = -1;
    private Long column;
    private String grain;
    private String values;
    private Integer limit;
    private transient Map<Long, ColumnInfo> columns;
    private transient Map<Long, List<ColumnChoice>> tables;

    /** Whether this chip offers an editor. */
    public boolean editable(Interpretation.Chip chip) {
        NlQuery q = query();
        if (q == null) {
            return false;
        }
        return switch (chip.kind()) {
            case "field" -> chip.index() < q.fields().size();
            case "measure" -> chip.index() < q.measures().size()
                    && q.measures().get(chip.index()).columnId() != null
                    && ON_COLUMN.contains(q.measures().get(chip.index()).aggregation());
            case "filter" -> chip.index() < q.filters().size();
            case "limit" -> true;
            default -> false;
        };
    }

    /** Opens the editor of the chip at {@code position} (a second click closes it), filled with what it says now. */
    public void edit(int position) {
        if (position == editing) {
            editing = -1;
            return;
        }
        Interpretation.Chip chip = chip(position).orElse(null);
        if (chip == null || !editable(chip)) {
            return;
        }
        NlQuery q = query();
        editing = position;
        switch (chip.kind()) {
            case "field" -> {
                NlQuery.Field f = q.fields().get(chip.index());
                column = f.columnId();
                grain = f.grain() == null ? "" : f.grain().name();
            }
            case "measure" -> column = q.measures().get(chip.index()).columnId();
            case "filter" -> values = QueryEdits.text(q.filters().get(chip.index()));
            default -> limit = q.limit();
        }
    }

    public void cancel() {
        editing = -1;
    }

    /** Removes the filter being edited and asks again. */
    public void removeFilter() {
        Interpretation.Chip chip = chip(editing).orElse(null);
        if (chip != null && "filter".equals(chip.kind())) {
            recompile(QueryEdits.withoutFilter(query(), chip.index()));
        }
    }

    /** Applies the edit and asks again with the corrected interpretation. */
    public void apply() {
        Interpretation.Chip chip = chip(editing).orElse(null);
        NlQuery q = query();
        if (chip == null || q == null) {
            return;
        }
        NlQuery edited = switch (chip.kind()) {
            case "field" -> column == null ? q : QueryEdits.field(q, chip.index(), column, grainFor(column));
            case "measure" -> column == null ? q : QueryEdits.measureColumn(q, chip.index(), column);
            case "filter" -> QueryEdits.filterValues(q, chip.index(),
                    QueryEdits.values(values, q.filters().get(chip.index()).operator()));
            default -> QueryEdits.limit(q, limit);
        };
        recompile(edited);
    }

    private void recompile(NlQuery edited) {
        editing = -1;
        page.recompile(edited);
    }

    /** A time column keeps the chosen grain (none: its values as they are); any other column has none. */
    private TimeGrain grainFor(long columnId) {
        if (!time(columnId)) {
            return null;
        }
        return grain == null || grain.isBlank() ? null : TimeGrain.valueOf(grain.toUpperCase(Locale.ROOT));
    }

    /** The columns the chip being edited may switch to: those of its column's table (numbers for a sum, average…). */
    public List<ColumnChoice> getChoices() {
        Interpretation.Chip chip = chip(editing).orElse(null);
        if (chip == null || column == null) {
            return List.of();
        }
        NlQuery q = query();
        long current = "field".equals(chip.kind()) ? q.fields().get(chip.index()).columnId()
                : q.measures().get(chip.index()).columnId();
        List<ColumnChoice> all = info(current).map(c -> tableColumns(c.tableId())).orElse(List.of());
        if ("measure".equals(chip.kind())
                && q.measures().get(chip.index()).aggregation() != NlQuery.Aggregation.COUNT_DISTINCT) {
            return all.stream().filter(c -> c.number() || c.id() == current).toList();
        }
        return all;
    }

    /** Whether the editor offers grains: a field whose chosen column is a time. */
    public boolean isGrained() {
        return chip(editing).map(c -> "field".equals(c.kind())).orElse(false) && column != null && time(column);
    }

    public List<String> getGrains() {
        return GRAINS;
    }

    private boolean time(long columnId) {
        return info(columnId).map(c -> TIMES.contains(c.jdbcType())).orElse(false);
    }

    private Optional<ColumnInfo> info(long columnId) {
        if (columns == null) {
            columns = new HashMap<>();
        }
        if (!columns.containsKey(columnId)) {
            String slug = currentTenant.slug().orElseThrow();
            notices.fetch(() -> catalog.column(slug, columnId), refused -> { })
                    .ifPresent(c -> columns.put(columnId, c));
        }
        return Optional.ofNullable(columns.get(columnId));
    }

    private List<ColumnChoice> tableColumns(long tableId) {
        if (tables == null) {
            tables = new HashMap<>();
        }
        return tables.computeIfAbsent(tableId, id -> {
            String slug = currentTenant.slug().orElseThrow();
            return notices.fetch(() -> catalog.table(slug, id), refused -> { }).map(t -> t.columns().stream()
                    .filter(c -> !c.hidden())
                    .peek(c -> {
                        if (columns == null) {
                            columns = new HashMap<>();
                        }
                        columns.put(c.id(), c);
                    })
                    .map(c -> new ColumnChoice(c.id(), c.displayName() == null || c.displayName().isBlank()
                            ? c.name() : c.displayName(), TIMES.contains(c.jdbcType()),
                            NUMBERS.contains(c.jdbcType())))
                    .toList()).orElse(List.of());
        });
    }

    private Optional<Interpretation.Chip> chip(int position) {
        NlqAnswer answer = page.getAnswer();
        return answer == null || answer.chips() == null || position < 0 || position >= answer.chips().size()
                ? Optional.empty() : Optional.of(answer.chips().get(position));
    }

    private NlQuery query() {
        NlqAnswer answer = page.getAnswer();
        return answer == null ? null : answer.query();
    }

    /** The kind of the chip being edited (field, measure, filter, limit), or null. */
    public String getKind() {
        return chip(editing).map(Interpretation.Chip::kind).orElse(null);
    }

    /** A filter that takes values (an "is empty", "is true" or "has none" has none to change, only to remove). */
    public boolean isValued() {
        Interpretation.Chip chip = chip(editing).orElse(null);
        if (chip == null || !"filter".equals(chip.kind())) {
            return false;
        }
        NlQuery.Operator op = query().filters().get(chip.index()).operator();
        return op != NlQuery.Operator.IS_EMPTY && op != NlQuery.Operator.IS_TRUE && op != NlQuery.Operator.IS_FALSE
                && op != NlQuery.Operator.HAS_NONE && op != NlQuery.Operator.WEEKDAY;
    }

    public int getEditing() {
        return editing;
    }

    public Long getColumn() {
        return column;
    }

    public void setColumn(Long column) {
        this.column = column;
    }

    public String getGrain() {
        return grain;
    }

    public void setGrain(String grain) {
        this.grain = grain;
    }

    public String getValues() {
        return values;
    }

    public void setValues(String values) {
        this.values = values;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }
}
