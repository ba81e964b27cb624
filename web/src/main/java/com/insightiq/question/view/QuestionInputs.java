package com.insightiq.question.view;

import com.insightiq.query.view.VariableInput;
import com.insightiq.question.boundary.QuestionParameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A question's parameter as the editor's variable widget, filled with the parameter's default. */
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

    private static LocalDate date(Object value) {
        try {
            return value == null ? null : LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
