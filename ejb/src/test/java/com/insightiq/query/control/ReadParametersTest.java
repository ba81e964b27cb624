package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.boundary.ParameterForm;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadParametersTest {
    private final ReadParameters step = new ReadParameters();

    private ParameterValue read(ParameterForm form) {
        return step.apply(QueryFixtures.request("SELECT 1", form)).parameters().get(0);
    }

    @Test
    void typedValuesKeepTheirJsonShape() {
        ParameterValue text = read(new ParameterForm("s", "text", "O'Brien; --", null, null));
        assertEquals(ParameterType.TEXT, text.type());
        assertEquals("O'Brien; --", text.value());
        assertEquals(new BigDecimal("1.50"), read(new ParameterForm("n", "number", new BigDecimal("1.50"), null, null))
                .value());
        assertEquals(List.of("a", "b"), read(new ParameterForm("l", "text-list", List.of("a", "b"), null, null)).value());
        assertEquals(List.of("a"), read(new ParameterForm("l", "text-list", "a", null, null)).value(),
                "a single value is a list of one");
        assertEquals(Map.of("from", "2024-01-01", "to", "2024-01-31"), read(new ParameterForm("r", "date-range",
                Map.of("from", "2024-01-01", "to", "2024-01-31"), null, null)).value());
    }

    @Test
    void emptyValuesMeanNoValue() {
        assertNull(read(new ParameterForm("s", "text", null, null, null)).value());
        assertNull(read(new ParameterForm("l", "number-list", List.of(), null, null)).value());
        java.util.Map<String, Object> open = new java.util.HashMap<>();
        open.put("from", null);
        assertNull(read(new ParameterForm("r", "date-range", open, null, null)).value());
    }

    @Test
    void fieldFiltersNeedTheirColumnAndAPlainAlias() {
        ParameterValue field = read(new ParameterForm("f", "field", List.of("x"), 42L, "o"));
        assertEquals(42L, field.columnId());
        assertEquals("o", field.alias());
        assertThrows(InvalidInputException.class, () -> read(new ParameterForm("f", "field", "x", null, null)));
        assertThrows(InvalidInputException.class, () -> read(new ParameterForm("f", "field", "x", 1L, "o; DROP")));
    }

    @Test
    void wrongShapesAreRefused() {
        assertThrows(InvalidInputException.class, () -> read(new ParameterForm("s", "text", List.of("a"), null, null)));
        assertThrows(InvalidInputException.class, () -> read(new ParameterForm("s", "number", Map.of("a", 1), null,
                null)));
        assertThrows(InvalidInputException.class, () -> read(new ParameterForm("r", "date-range", "2024-01-01", null,
                null)));
        assertThrows(InvalidInputException.class, () -> read(new ParameterForm("r", "date-range",
                Map.of("from", "x", "until", "y"), null, null)));
        assertThrows(InvalidInputException.class, () -> read(new ParameterForm("l", "text-list",
                List.of(List.of("nested")), null, null)));
    }
}
