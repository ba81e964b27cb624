package com.insightiq.dashboard.control;

import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.control.ParameterType;
import com.insightiq.question.boundary.QuestionParameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carries dashboard filter values through a card's {@link CardMapping}s onto its question's {@code {{parameters}}}:
 * a plain variable gets what its type takes (a date range → a date-range variable, its first day → a date variable,
 * one value → text or number, lists → list variables), a field filter the engine's field filter value (a day, a
 * {from, to} range or a list). A value the parameter cannot take is the card's "bad-filter" failure, never a 400: the
 * other cards still answer.
 */
public final class CardParameters {

    /** The values to bind (only wired, set filters; the question's defaults apply to the rest) and which filters. */
    public record Mapped(List<ParameterForm> values, List<String> applied) {
    }

    private CardParameters() {
    }

    public static Mapped map(List<QuestionParameter> parameters, List<CardMapping> mappings,
                             List<DashboardFilter> filters, Map<String, FilterValue> values) {
        Map<String, QuestionParameter> byName = new LinkedHashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        Map<String, ParameterForm> forms = new LinkedHashMap<>();
        List<String> applied = new ArrayList<>();
        for (CardMapping mapping : mappings) {
            DashboardFilter filter = filters.stream().filter(f -> f.id().equals(mapping.filterId())).findFirst()
                    .orElse(null);
            QuestionParameter parameter = byName.get(mapping.parameter());
            if (filter == null) {
                continue; // a filter removed from the dashboard since the card was wired: nothing to pass
            }
            if (parameter == null) {
                throw new CardFailure(CardFailure.BAD_FILTER, "The filter \"" + FilterInput.label(filter)
                        + "\" is wired to {{" + FilterInput.shown(mapping.parameter())
                        + "}}, which this question no longer has.");
            }
            FilterValue value = values.get(filter.id());
            if (value == null || forms.containsKey(parameter.name())) {
                continue;
            }
            ParameterType type = ParameterType.of(parameter.type()).orElse(ParameterType.TEXT);
            Object bound = convert(value, type).orElseThrow(() -> new CardFailure(CardFailure.BAD_FILTER,
                    "The filter \"" + FilterInput.label(filter) + "\" gives " + describe(value)
                            + ", which the variable {{" + parameter.name() + "}} (" + type.code()
                            + ") cannot take."));
            forms.put(parameter.name(), new ParameterForm(parameter.name(), parameter.type(), bound,
                    parameter.columnId(), null));
            applied.add(filter.id());
        }
        return new Mapped(List.copyOf(forms.values()), List.copyOf(applied));
    }

    /** The value as the parameter type takes it; empty when it cannot. */
    static Optional<Object> convert(FilterValue value, ParameterType type) {
        return Optional.ofNullable(switch (type) {
            case DATE_RANGE -> value instanceof FilterValue.Dates d ? range(iso(d.from()), iso(d.to())) : null;
            case DATE -> value instanceof FilterValue.Dates d ? iso(d.from() != null ? d.from() : d.to()) : null;
            case TEXT -> text(value);
            case NUMBER -> numbers(value).filter(n -> n.size() == 1).map(n -> (Object) n.get(0)).orElse(null);
            case TEXT_LIST -> value instanceof FilterValue.Texts t ? t.values()
                    : value instanceof FilterValue.Numbers n ? n.values().stream().map(BigDecimal::toPlainString)
                    .toList() : null;
            case NUMBER_LIST -> numbers(value).orElse(null);
            case FIELD -> field(value);
        });
    }

    private static Object field(FilterValue value) {
        if (value instanceof FilterValue.Dates d) {
            return d.singleDay() ? d.from().toString() : range(iso(d.from()), iso(d.to()));
        }
        if (value instanceof FilterValue.NumberRange r) {
            return range(r.from(), r.to());
        }
        if (value instanceof FilterValue.Numbers n) {
            return n.values();
        }
        return ((FilterValue.Texts) value).values();
    }

    private static Object text(FilterValue value) {
        if (value instanceof FilterValue.Texts t && t.values().size() == 1) {
            return t.values().get(0);
        }
        if (value instanceof FilterValue.Numbers n && n.values().size() == 1) {
            return n.values().get(0).toPlainString();
        }
        if (value instanceof FilterValue.Dates d && d.singleDay()) {
            return d.from().toString();
        }
        return null;
    }

    private static Optional<List<BigDecimal>> numbers(FilterValue value) {
        if (value instanceof FilterValue.Numbers n) {
            return Optional.of(n.values());
        }
        if (value instanceof FilterValue.Texts t) {
            List<BigDecimal> parsed = new ArrayList<>();
            for (String s : t.values()) {
                try {
                    parsed.add(new BigDecimal(s.strip()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            return Optional.of(parsed);
        }
        return Optional.empty();
    }

    private static Map<String, Object> range(Object from, Object to) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", from);
        range.put("to", to);
        return range;
    }

    private static String iso(java.time.LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String describe(FilterValue value) {
        if (value instanceof FilterValue.Dates d) {
            return d.singleDay() ? "the day " + d.text() : "the date range " + d.text();
        }
        if (value instanceof FilterValue.NumberRange r) {
            return "the number range " + r.text();
        }
        if (value instanceof FilterValue.Numbers n) {
            return n.values().size() == 1 ? "the number " + n.text() : n.values().size() + " numbers";
        }
        List<String> texts = ((FilterValue.Texts) value).values();
        return texts.size() == 1 ? "\"" + FilterInput.shown(texts.get(0)) + "\"" : texts.size() + " values";
    }
}
