package com.insightiq.query.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.insightiq.query.boundary.ParameterForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableInputTest {

    @Test
    void eachTypeGivesTheValueTheApiWouldReceive() {
        VariableInput input = new VariableInput("x", false);
        input.setText("12,5");
        input.setType("number");
        assertEquals(new BigDecimal("12.5"), input.form().value());
        input.setType("text");
        assertEquals("12,5", input.form().value());
        input.setType("number-list");
        input.setText("1, 2\n3");
        assertEquals(List.of(BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("3")), input.form().value());
        input.setType("text-list");
        assertEquals(List.of("1", "2", "3"), input.form().value());
        input.setType("date");
        input.setDate(LocalDate.of(2024, 2, 29));
        assertEquals("2024-02-29", input.form().value());
        input.setType("date-range");
        input.setTo(LocalDate.of(2024, 3, 31));
        Map<?, ?> range = (Map<?, ?>) input.form().value();
        assertNull(range.get("from"));
        assertEquals("2024-03-31", range.get("to"));
    }

    @Test
    void emptyInputsAreNoValue() {
        VariableInput input = new VariableInput("x", true);
        for (String type : List.of("text", "number", "date", "date-range", "text-list", "number-list", "field")) {
            input.setType(type);
            input.setText("  ");
            assertNull(input.form().value(), type);
        }
        for (String type : List.of("text-list", "number-list", "field")) {
            input.setType(type);
            input.setText(" , \n");
            assertNull(input.form().value(), type + ": separators alone are an empty list");
        }
    }

    @Test
    void aFieldFilterNamesItsColumnAndAlias() {
        VariableInput input = new VariableInput("created", false);
        input.setType("field");
        input.setText("paid");
        assertEquals("editor.variable.needsColumn", assertThrows(VariableInput.BadValue.class, input::form).messageKey);
        input.setColumnId(7L);
        input.setAlias(" o ");
        ParameterForm form = input.form();
        assertEquals(new ParameterForm("created", "field", "paid", 7L, "o"), form);
        input.setText("paid, open");
        assertEquals(List.of("paid", "open"), input.form().value());
    }

    @Test
    void aNumberThatIsNoneIsRefusedWithAReason() {
        VariableInput input = new VariableInput("x", false);
        input.setType("number");
        input.setText("12x");
        assertEquals("editor.variable.badNumber", assertThrows(VariableInput.BadValue.class, input::form).messageKey);
    }

    @Test
    void widgetsFollowTheSqlAndKeepTheirValues() {
        VariableInputs inputs = new VariableInputs();
        inputs.follow("SELECT * FROM t WHERE a = {{a}} [[AND b = {{b}}]] {{snippet: s}}");
        assertEquals(List.of("a", "b"), inputs.getAll().stream().map(VariableInput::getName).toList());
        inputs.getAll().get(0).setText("kept");
        inputs.follow("SELECT * FROM t WHERE a = {{a}} AND c = {{c}}");
        assertEquals(List.of("a", "c"), inputs.getAll().stream().map(VariableInput::getName).toList());
        assertEquals("kept", inputs.getAll().get(0).getText());
        assertEquals(List.of("a"), inputs.forms("SELECT {{a}}").stream().map(ParameterForm::name).toList());
    }
}
