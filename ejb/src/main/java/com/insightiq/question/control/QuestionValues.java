package com.insightiq.question.control;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.question.boundary.QuestionParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a run of a question binds: the values a person gave merged over the question's defaults. Names the
 * question does not have, a type other than the parameter's, or a required parameter left without a value → 400.
 */
public final class QuestionValues {
    private QuestionValues() {
    }

    public static List<ParameterForm> merge(List<QuestionParameter> parameters, List<ParameterForm> given) {
        Map<String, ParameterForm> byName = new HashMap<>();
        for (ParameterForm form : given == null ? List.<ParameterForm>of() : given) {
            if (form == null || form.name() == null) {
                throw new InvalidInputException("Every parameter value needs the parameter's name.");
            }
            if (byName.put(form.name(), form) != null) {
                throw new InvalidInputException("Parameter '" + QuestionChecks.shown(form.name())
                        + "' is given twice.");
            }
        }
        List<ParameterForm> values = new ArrayList<>();
        for (QuestionParameter p : parameters) {
            ParameterForm form = byName.remove(p.name());
            if (form != null && form.type() != null && !form.type().equals(p.type())) {
                throw new InvalidInputException("Parameter '" + p.name() + "' is of type " + p.type() + ", not "
                        + QuestionChecks.shown(form.type()) + ".");
            }
            Object value = form != null && !empty(form.value()) ? form.value() : p.defaultValue();
            if (Boolean.TRUE.equals(p.required()) && empty(value)) {
                throw new InvalidInputException("Parameter '" + p.label() + "' needs a value.");
            }
            values.add(new ParameterForm(p.name(), p.type(), empty(value) ? null : value, p.columnId(),
                    form == null ? null : form.alias()));
        }
        if (!byName.isEmpty()) {
            throw new InvalidInputException("This question has no parameter '"
                    + QuestionChecks.shown(byName.keySet().iterator().next()) + "'.");
        }
        return values;
    }

    static boolean empty(Object value) {
        return value == null || value instanceof String s && s.isEmpty() || value instanceof List<?> l && l.isEmpty();
    }
}
