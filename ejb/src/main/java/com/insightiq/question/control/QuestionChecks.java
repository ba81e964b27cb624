package com.insightiq.question.control;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.control.ParameterType;
import com.insightiq.query.control.SqlStatements;
import com.insightiq.query.control.SqlTemplates;
import com.insightiq.query.control.TemplateTag;
import com.insightiq.question.boundary.QuestionParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a question's text parts may be, checked without the database: names, description, SQL (one reading statement,
 * templates well formed), the parameters matching the SQL's {@code {{tags}}}, and the cache TTL. Each failure is a
 * 400 with a sentence saying what to fix.
 */
public final class QuestionChecks {
    public static final int MAX_NAME = 255;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_SQL = 100_000;
    public static final int MAX_CACHE_TTL = 604_800;
    static final int MAX_PARAMETERS = 100;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern CONTROL_EXCEPT_LINES = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private QuestionChecks() {
    }

    /** A name or label: 1–255 characters after stripping, no control characters; returns it stripped. */
    public static String name(String name, String what) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException(what + " is required.");
        }
        if (stripped.length() > MAX_NAME) {
            throw new InvalidInputException(what + " has " + stripped.length() + " characters; at most " + MAX_NAME
                    + " are allowed.");
        }
        if (CONTROL.matcher(stripped).find()) {
            throw new InvalidInputException(what + " cannot contain control characters (line breaks, tabs, …).");
        }
        return stripped;
    }

    /** Null or blank: no description; else stripped, at most 4,000 characters, line breaks allowed. */
    public static String description(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String stripped = description.strip();
        if (stripped.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("The description has " + stripped.length() + " characters; at most "
                    + MAX_DESCRIPTION + " are allowed.");
        }
        if (CONTROL_EXCEPT_LINES.matcher(stripped).find()) {
            throw new InvalidInputException("The description cannot contain control characters other than line "
                    + "breaks and tabs.");
        }
        return stripped;
    }

    /** Required, at most 100,000 characters, one reading statement once the template's tags are left out. */
    public static String sql(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new InvalidInputException("sql is required: the question's query.");
        }
        if (sql.length() > MAX_SQL) {
            throw new InvalidInputException("The SQL has " + sql.length() + " characters; at most " + MAX_SQL
                    + " are allowed.");
        }
        SqlTemplates.tags(sql);
        SqlStatements.classify(SqlTemplates.skeleton(sql));
        return sql;
    }

    /**
     * The parameters as stored: one per {@code {{variable}}} of the SQL in order of appearance (variables nobody
     * described become optional-as-written text parameters); a parameter for a variable the SQL does not have is
     * refused. Labels default to the name; {@code required} defaults to "outside every optional clause".
     */
    public static List<QuestionParameter> parameters(String sql, List<QuestionParameter> given) {
        List<QuestionParameter> sent = given == null ? List.of() : given;
        if (sent.size() > MAX_PARAMETERS) {
            throw new InvalidInputException("A question can have at most " + MAX_PARAMETERS + " parameters.");
        }
        Map<String, TemplateTag> tags = new LinkedHashMap<>();
        SqlTemplates.tags(sql).stream().filter(t -> !t.snippet()).forEach(t -> tags.put(t.name(), t));
        Map<String, QuestionParameter> byName = new LinkedHashMap<>();
        for (QuestionParameter p : sent) {
            if (p == null || p.name() == null || p.name().isBlank()) {
                throw new InvalidInputException("Every parameter needs the name of its {{variable}}.");
            }
            TemplateTag tag = tags.get(p.name());
            if (tag == null) {
                throw new InvalidInputException("The SQL has no {{" + shown(p.name()) + "}}: parameters must match "
                        + "the SQL's variables" + (tags.isEmpty() ? " (it has none)." : " (" + String.join(", ",
                        tags.keySet()) + ")."));
            }
            if (byName.containsKey(p.name())) {
                throw new InvalidInputException("Parameter '" + shown(p.name()) + "' is described twice.");
            }
            byName.put(p.name(), checked(p, tag));
        }
        List<QuestionParameter> all = new ArrayList<>();
        for (TemplateTag tag : tags.values()) {
            all.add(byName.getOrDefault(tag.name(),
                    new QuestionParameter(tag.name(), ParameterType.TEXT.code(), tag.name(), null, !tag.optional(),
                            null)));
        }
        return List.copyOf(all);
    }

    /** Null (the tenant's default) or 0 (never cached) to 604,800 seconds (a week). */
    public static Integer cacheTtl(Integer seconds) {
        if (seconds != null && (seconds < 0 || seconds > MAX_CACHE_TTL)) {
            throw new InvalidInputException("cacheTtlSeconds must be between 0 and " + MAX_CACHE_TTL
                    + " (a week), or null for the tenant's default.");
        }
        return seconds;
    }

    private static QuestionParameter checked(QuestionParameter p, TemplateTag tag) {
        String type = p.type() == null ? ParameterType.TEXT.code() : p.type();
        ParameterType kind = ParameterType.of(type).orElseThrow(() -> new InvalidInputException("Parameter '"
                + shown(p.name()) + "' has type '" + shown(type) + "'; use one of " + Arrays.stream(
                ParameterType.values()).map(ParameterType::code).collect(Collectors.joining(", ")) + "."));
        if (kind == ParameterType.FIELD && p.columnId() == null) {
            throw new InvalidInputException("Field filter '" + shown(p.name()) + "' needs the catalog columnId it "
                    + "filters.");
        }
        if (kind != ParameterType.FIELD && p.columnId() != null) {
            throw new InvalidInputException("Only field filters have a columnId; '" + shown(p.name()) + "' is "
                    + type + ".");
        }
        String label = p.label() == null || p.label().isBlank() ? p.name()
                : name(p.label(), "The label of parameter '" + shown(p.name()) + "'");
        boolean required = p.required() == null ? !tag.optional() : p.required();
        return new QuestionParameter(p.name(), type, label, p.defaultValue(), required, p.columnId());
    }

    /** "Name (copy)", cut so that it stays within 255 characters. */
    public static String copyName(String name) {
        String suffix = " (copy)";
        String base = name.length() + suffix.length() > MAX_NAME ? name.substring(0, MAX_NAME - suffix.length())
                : name;
        return base + suffix;
    }

    /** Shows a name a person sent inside a message: control characters replaced, long text cut. */
    static String shown(String text) {
        String cleaned = CONTROL.matcher(text == null ? "" : text).replaceAll("?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned;
    }
}
