package com.insightiq.question.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.insightiq.query.view.VariableInput;
import com.insightiq.question.boundary.QuestionParameter;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionInputsTest {

    @Test
    void aPassedValueWinsOverTheDefault() {
        VariableInput input = QuestionInputs.of(new QuestionParameter("status", "text", "Status", "completed", false,
                null), new String[] {"cancelled"});
        assertEquals("cancelled", input.getText());
    }

    @Test
    void listsJoinTheirValuesAndDatesAreParsed() {
        assertEquals("1, 2, 3", QuestionInputs.of(new QuestionParameter("ids", "number-list", "Ids", null, false,
                null), new String[] {"1", "2", "3"}).getText());
        assertEquals(LocalDate.of(2024, 3, 1), QuestionInputs.of(new QuestionParameter("day", "date", "Day", null,
                false, null), new String[] {"2024-03-01"}).getDate());
    }

    @Test
    void withoutAPassedValueTheDefaultStaysAndRangesAreNotPassed() {
        assertEquals("completed", QuestionInputs.of(new QuestionParameter("status", "text", "Status", "completed",
                false, null), null).getText());
        VariableInput range = QuestionInputs.of(new QuestionParameter("created", "field", "Created",
                Map.of("from", "2024-01-01", "to", "2024-01-31"), false, 7L), new String[] {"x"});
        assertEquals(LocalDate.of(2024, 1, 1), range.getFrom());
        assertNull(range.getText());
    }
}
