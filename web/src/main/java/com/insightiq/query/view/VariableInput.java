package com.insightiq.query.view;

import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.control.ParameterType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The widget of one {@code {{name}}} variable: the person picks its type and gives a value in the input that type
 * shows. Values become a {@link ParameterForm} as the API would receive them; no value means "none", which drops an
 * optional clause and lets the engine name a required variable that is missing.
 */
public class VariableInput implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How a field filter compares: with one or more values, or within a date range. */
    public static final String FIELD_VALUES = "values";
    public static final String FIELD_RANGE = "range";

    private final String name;
    private boolean optional;
    private String type = ParameterType.TEXT.code();
    private String text;
    private LocalDate date;
    private LocalDate from;
    private LocalDate to;
    private Long columnId;
    private String alias;
    private String fieldMode = FIELD_VALUES;

    public VariableInput(String name, boolean optional) {
        this.name = name;
        this.optional = optional;
    }

    /** The value is not usable as typed (e.g. "12x" for a number); {@code messageKey} says why. */
    public static final class BadValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final String messageKey;

        BadValue(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }
    }

    public ParameterForm form() {
        ParameterType kind = ParameterType.of(type).orElse(ParameterType.TEXT);
        Object value = switch (kind) {
            case TEXT -> blank(text) ? null : text;
            case NUMBER -> blank(text) ? null : number(text);
            case DATE -> date == null ? null : date.toString();
            case DATE_RANGE -> range();
            case TEXT_LIST -> list(false);
            case NUMBER_LIST -> list(true);
            case FIELD -> FIELD_RANGE.equals(fieldMode) ? range() : fieldValues();
        };
        if (kind == ParameterType.FIELD && value != null && columnId == null) {
            throw new BadValue("editor.variable.needsColumn");
        }
        return new ParameterForm(name, kind.code(), value, kind == ParameterType.FIELD ? columnId : null,
                kind == ParameterType.FIELD && !blank(alias) ? alias.trim() : null);
    }

    /** Takes a value as the API would send it (the inverse of {@link #form()}), e.g. from a drill-through. */
    void preset(ParameterForm form) {
        ParameterType kind = ParameterType.of(form.type()).orElse(ParameterType.TEXT);
        type = kind.code();
        columnId = form.columnId();
        alias = form.alias();
        Object value = form.value();
        if (value instanceof Map<?, ?> range) {
            fieldMode = FIELD_RANGE;
            from = day(range.get("from"));
            to = day(range.get("to"));
        } else if (kind == ParameterType.DATE) {
            date = day(value);
        } else if (value instanceof List<?> items) {
            text = String.join(", ", items.stream().map(VariableInput::plain).toList());
        } else {
            text = value == null ? null : plain(value);
        }
    }

    private static String plain(Object value) {
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }

    private static LocalDate day(Object value) {
        return value == null || value.toString().length() < 10 ? null
                : LocalDate.parse(value.toString().substring(0, 10));
    }

    private Object fieldValues() {
        List<?> values = list(false);
        return values == null ? null : values.size() == 1 ? values.get(0) : values;
    }

    private Map<String, Object> range() {
        if (from == null && to == null) {
            return null;
        }
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", from == null ? null : from.toString());
        range.put("to", to == null ? null : to.toString());
        return range;
    }

    /** Items separated by commas or new lines; an empty list is no value. */
    private List<?> list(boolean numbers) {
        if (blank(text)) {
            return null;
        }
        List<String> items = Arrays.stream(text.split("[,\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
            return null;
        }
        return numbers ? items.stream().map(VariableInput::number).toList() : items;
    }

    /** Accepts a decimal comma when there is no point, as German speakers type it. */
    private static BigDecimal number(String text) {
        String plain = text.trim().replace("\u00a0", "").replace(" ", "");
        if (plain.indexOf('.') < 0 && plain.indexOf(',') == plain.lastIndexOf(',')) {
            plain = plain.replace(',', '.');
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new BadValue("editor.variable.badNumber");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getName() {
        return name;
    }

    public boolean isOptional() {
        return optional;
    }

    void setOptional(boolean optional) {
        this.optional = optional;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = ParameterType.of(type).isPresent() ? type : ParameterType.TEXT.code();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getColumnId() {
        return columnId;
    }

    public void setColumnId(Long columnId) {
        this.columnId = columnId;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public String getFieldMode() {
        return fieldMode;
    }

    public void setFieldMode(String fieldMode) {
        this.fieldMode = FIELD_RANGE.equals(fieldMode) ? FIELD_RANGE : FIELD_VALUES;
    }
}
