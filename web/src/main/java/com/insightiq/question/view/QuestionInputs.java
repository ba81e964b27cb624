package com.insightiq.question.view;

import com.insightiq.query.view.VariableInput;
import com.insightiq.question.boundary.QuestionParameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A question's parameter as the editor's variable widget, filled with a passed value or the parameter's default. */
final class QuestionInputs {
    private QuestionInputs() {
    }

    static VariableInput of(QuestionParameter p) {
        VariableInput input = new VariableInput(p.name(), !Boolean.TRUE.equals(p.required()));
        input.setType(p.type());
        input.setColumnId(p.columnId());
        Object value = p.defaultValue();
        if (value instanceof Map<?, ?> range) {
            input.setFieldMode(VariableInput.FIELD_RANGE);
            input.setFrom(date(range.get("from")));
            input.setTo(date(range.get("to")));
        } else if (value instanceof List<?> list) {
            input.setText(list.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        } else if (value != null && "date".equals(p.type())) {
            input.setDate(date(value));
        } else if (value != null) {
            input.setText(value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString());
        }
        return input;
    }

    /**
     * The widget filled with the values passed in the page's address under the parameter's name (a dashboard card's
     * click opens the question so), else with the parameter's default. Ranges are not passed this way.
     */
    static VariableInput of(QuestionParameter p, String[] passed) {
        VariableInput input = of(p);
        if (passed == null || passed.length == 0 || "id".equals(p.name())) {
            return input;
        }
        if ("date".equals(p.type())) {
            input.setDate(date(passed[0]));
        } else if (!"date-range".equals(p.type()) && !VariableInput.FIELD_RANGE.equals(input.getFieldMode())) {
            input.setText(String.join(", ", passed));
        }
        return input;
    }

    private static LocalDate date(Object value) {
        try {
            return value == null ? null : LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
