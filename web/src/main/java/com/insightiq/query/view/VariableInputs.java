package com.insightiq.query.view;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.control.SqlTemplates;
import com.insightiq.query.control.TemplateTag;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variable widgets of the SQL in the editor, in order of first appearance. Widgets of variables that are still in
 * the SQL keep their type and value while the person edits; snippets are not variables and get no widget.
 */
public class VariableInputs implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, VariableInput> byName = new LinkedHashMap<>();

    /** Follows the SQL: adds widgets for new variables, drops those no longer used. */
    void follow(String sql) {
        List<TemplateTag> tags;
        try {
            tags = SqlTemplates.tags(sql == null ? "" : sql);
        } catch (InvalidInputException halfTyped) {
            return; // e.g. an unclosed [[ while typing: keep the widgets until the SQL reads well again
        }
        Map<String, VariableInput> next = new LinkedHashMap<>();
        for (TemplateTag tag : tags) {
            if (tag.snippet() || next.containsKey(tag.name())) {
                continue;
            }
            VariableInput input = byName.get(tag.name());
            if (input == null) {
                input = new VariableInput(tag.name(), tag.optional());
            }
            input.setOptional(tag.optional());
            next.put(tag.name(), input);
        }
        byName.clear();
        byName.putAll(next);
    }

    /** Gives widgets of the SQL's variables these values (e.g. a drill-through's clicked values). */
    void preset(List<ParameterForm> forms) {
        for (ParameterForm form : forms) {
            VariableInput input = byName.get(form.name());
            if (input != null) {
                input.preset(form);
            }
        }
    }

    public List<VariableInput> getAll() {
        return new ArrayList<>(byName.values());
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    /** Only the variables the SQL that runs uses (a selection may use fewer than the whole text). */
    List<ParameterForm> forms(String sql) {
        List<String> used = SqlTemplates.tags(sql == null ? "" : sql).stream().filter(t -> !t.snippet())
                .map(TemplateTag::name).toList();
        return byName.values().stream().filter(v -> used.contains(v.getName())).map(VariableInput::form).toList();
    }
}
