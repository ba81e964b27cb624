package com.insightiq.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.control.ParameterType;
import com.insightiq.question.boundary.QuestionParameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardParametersTest {
    static final FilterValue.Dates Q1 = new FilterValue.Dates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
    static final FilterValue.Dates DAY = new FilterValue.Dates(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29));
    static final FilterValue.Texts GIZMO = new FilterValue.Texts(List.of("Gizmo"));
    static final FilterValue.Texts TWO = new FilterValue.Texts(List.of("Gizmo", "Widget"));
    static final FilterValue.Numbers FIVE = new FilterValue.Numbers(List.of(new BigDecimal("5")));

    static Object convert(FilterValue value, ParameterType type) {
        return CardParameters.convert(value, type).orElse(null);
    }

    static Map<String, Object> range(String from, String to) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", from);
        range.put("to", to);
        return range;
    }

    @Test
    void plainVariablesGetWhatTheirTypeTakes() {
        assertEquals(range("2024-01-01", "2024-03-31"), convert(Q1, ParameterType.DATE_RANGE));
        assertEquals(range("2024-01-01", null), convert(new FilterValue.Dates(LocalDate.of(2024, 1, 1), null),
                ParameterType.DATE_RANGE));
        assertEquals("2024-01-01", convert(Q1, ParameterType.DATE), "a range's first day");
        assertEquals("2024-02-29", convert(DAY, ParameterType.DATE));
        assertEquals("Gizmo", convert(GIZMO, ParameterType.TEXT));
        assertEquals("5", convert(FIVE, ParameterType.TEXT));
        assertEquals(new BigDecimal("5"), convert(FIVE, ParameterType.NUMBER));
        assertEquals(new BigDecimal("7"), convert(new FilterValue.Texts(List.of("7")), ParameterType.NUMBER));
        assertEquals(List.of("Gizmo", "Widget"), convert(TWO, ParameterType.TEXT_LIST));
        assertEquals(List.of(new BigDecimal("7"), new BigDecimal("9")),
                convert(new FilterValue.Texts(List.of("7", "9")), ParameterType.NUMBER_LIST));
    }

    @Test
    void fieldFiltersGetTheEnginesFieldFilterValue() {
        assertEquals(range("2024-01-01", "2024-03-31"), convert(Q1, ParameterType.FIELD));
        assertEquals("2024-02-29", convert(DAY, ParameterType.FIELD), "one day: the whole day");
        assertEquals(List.of("Gizmo", "Widget"), convert(TWO, ParameterType.FIELD));
        assertEquals(List.of(new BigDecimal("5")), convert(FIVE, ParameterType.FIELD));
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("from", BigDecimal.ONE);
        numbers.put("to", null);
        assertEquals(numbers, convert(new FilterValue.NumberRange(BigDecimal.ONE, null), ParameterType.FIELD));
    }

    @Test
    void incompatibleValuesAreNotConverted() {
        assertEquals(null, convert(GIZMO, ParameterType.DATE_RANGE));
        assertEquals(null, convert(GIZMO, ParameterType.DATE));
        assertEquals(null, convert(Q1, ParameterType.TEXT));
        assertEquals(null, convert(TWO, ParameterType.TEXT));
        assertEquals(null, convert(GIZMO, ParameterType.NUMBER));
        assertEquals(null, convert(Q1, ParameterType.NUMBER_LIST));
        assertEquals(null, convert(new FilterValue.NumberRange(BigDecimal.ONE, BigDecimal.TEN), ParameterType.NUMBER));
    }

    @Test
    void mappingsCarryOnlySetFiltersAndSayWhichApplied() {
        List<QuestionParameter> params = List.of(
                new QuestionParameter("created", "field", "Created", null, false, 42L),
                new QuestionParameter("category", "text", "Category", "Doohickey", false, null),
                new QuestionParameter("since", "date", "Since", null, false, null));
        List<DashboardFilter> filters = List.of(
                new DashboardFilter("date", "Date", "date", null, false, null, List.of()),
                new DashboardFilter("cat", "Category", "category", null, false, null, List.of()));
        List<CardMapping> mappings = List.of(new CardMapping("date", "created"), new CardMapping("cat", "category"),
                new CardMapping("gone", "since"));
        CardParameters.Mapped mapped = CardParameters.map(params, mappings, filters, Map.of("date", Q1));
        assertEquals(List.of(new ParameterForm("created", "field", range("2024-01-01", "2024-03-31"), 42L, null)),
                mapped.values());
        assertEquals(List.of("date"), mapped.applied());

        CardFailure bad = assertThrows(CardFailure.class, () -> CardParameters.map(params,
                List.of(new CardMapping("cat", "since")), filters, Map.of("cat", GIZMO)));
        assertEquals("bad-filter", bad.code());
        assertTrue(bad.getMessage().contains("\"Category\"") && bad.getMessage().contains("{{since}}"),
                bad.getMessage());
        CardFailure missing = assertThrows(CardFailure.class, () -> CardParameters.map(params,
                List.of(new CardMapping("cat", "vendor")), filters, Map.of()));
        assertTrue(missing.getMessage().contains("no longer has"), missing.getMessage());
    }
}
