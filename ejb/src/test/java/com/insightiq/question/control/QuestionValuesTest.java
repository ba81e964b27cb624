package com.insightiq.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.question.boundary.QuestionParameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionValuesTest {
    private static final List<QuestionParameter> PARAMETERS = List.of(
            new QuestionParameter("region", "text", "Region", "north", true, null),
            new QuestionParameter("min", "number", "Minimum", null, false, null),
            new QuestionParameter("created", "field", "Created", null, false, 9L));

    @Test
    void givenValuesOverrideDefaults() {
        List<ParameterForm> merged = QuestionValues.merge(PARAMETERS, List.of(
                new ParameterForm("region", null, "south", null, null)));
        assertEquals("south", merged.get(0).value());
        assertEquals("text", merged.get(0).type());
        assertNull(merged.get(1).value());
        assertEquals(9L, merged.get(2).columnId(), "the column comes from the question, not the caller");
        assertEquals("north", QuestionValues.merge(PARAMETERS, null).get(0).value());
        assertEquals("north", QuestionValues.merge(PARAMETERS, List.of(
                new ParameterForm("region", "text", "", null, null))).get(0).value(), "empty: the default");
    }

    @Test
    void wrongNamesTypesAndMissingRequiredValuesAreRefused() {
        assertThrows(InvalidInputException.class, () -> QuestionValues.merge(PARAMETERS, List.of(
                new ParameterForm("nope", null, "x", null, null))));
        assertThrows(InvalidInputException.class, () -> QuestionValues.merge(PARAMETERS, List.of(
                new ParameterForm("min", "text", "x", null, null))));
        assertThrows(InvalidInputException.class, () -> QuestionValues.merge(PARAMETERS, List.of(
                new ParameterForm("min", null, 1, null, null), new ParameterForm("min", null, 2, null, null))));
        List<QuestionParameter> noDefault = List.of(new QuestionParameter("region", "text", "Region", null, true,
                null));
        assertThrows(InvalidInputException.class, () -> QuestionValues.merge(noDefault, List.of()));
    }
}
