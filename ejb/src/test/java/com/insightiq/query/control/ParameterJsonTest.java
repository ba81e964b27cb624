package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.query.boundary.ParameterForm;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterJsonTest {

    @Test
    void everyKindOfValueComesBackAsTheApiDecodesIt() {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", "2024-01-01");
        range.put("to", null);
        List<ParameterForm> forms = List.of(
                new ParameterForm("name", "text", "O'Brien; DROP TABLE x --", null, null),
                new ParameterForm("n", "number", new BigDecimal("12.50"), null, null),
                new ParameterForm("ids", "number-list", List.of(new BigDecimal("1"), new BigDecimal("2")), null, null),
                new ParameterForm("when", "date-range", range, null, null),
                new ParameterForm("created", "field", Arrays.asList("a", null), 17L, "o"),
                new ParameterForm("flag", "text", true, null, null),
                new ParameterForm("missing", "text", null, null, null));
        assertEquals(forms, ParameterJson.read(ParameterJson.write(forms)));
    }

    @Test
    void noValues() {
        assertEquals("[]", ParameterJson.write(List.of()));
        assertEquals(List.of(), ParameterJson.read("[]"));
    }
}
