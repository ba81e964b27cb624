package com.insightiq.viz.view;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The "add a colour rule" inputs of the table settings: column, comparison, value and colours. */
public class ConditionalRuleForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String column;
    private String op = "gt";
    private String value;
    private String background = "fde68a";
    private String color;

    /** The rule as {@code table.conditional[]} takes it; a number-looking value is sent as a number. */
    Map<String, Object> toSetting() {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("column", column);
        rule.put("op", op);
        String v = value == null ? "" : value.strip();
        rule.put("value", v.matches("-?\\d+(\\.\\d+)?") ? (Object) Double.valueOf(v) : v);
        if (background != null && background.matches("#?[0-9a-fA-F]{6}")) {
            rule.put("background", "#" + background.replace("#", ""));
        }
        if (color != null && color.matches("#?[0-9a-fA-F]{6}")) {
            rule.put("color", "#" + color.replace("#", ""));
        }
        return rule;
    }

    public String getColumn() {
        return column;
    }

    public void setColumn(String column) {
        this.column = column;
    }

    public String getOp() {
        return op;
    }

    public void setOp(String op) {
        this.op = op;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }
}
