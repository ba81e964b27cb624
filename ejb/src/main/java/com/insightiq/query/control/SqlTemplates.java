package com.insightiq.query.control;

import com.insightiq.connection.control.Driver;
import com.insightiq.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** PLACEHOLDER (templates branch owns this): scalar variables, optional clauses and snippets, nothing more. */
public final class SqlTemplates {
    private static final Pattern SNIPPET = Pattern.compile("\\{\\{\\s*snippet:\\s*([^}]+?)\\s*}}");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*(\\w{1,64})\\s*}}");
    private static final Pattern OPTIONAL = Pattern.compile("\\[\\[(.*?)]]", Pattern.DOTALL);

    private SqlTemplates() {
    }

    public static List<TemplateTag> tags(String sql) {
        List<TemplateTag> tags = new ArrayList<>();
        Matcher s = SNIPPET.matcher(sql);
        while (s.find()) {
            tags.add(new TemplateTag(s.group(1), true, false));
        }
        Matcher v = VARIABLE.matcher(sql);
        while (v.find()) {
            tags.add(new TemplateTag(v.group(1), false, false));
        }
        return tags;
    }

    public static CompiledSql compile(String sql, List<ParameterValue> values, SnippetSource snippets,
                                      FieldResolver fields, Driver driver) {
        String expanded = sql;
        for (int depth = 0; depth < 5 && SNIPPET.matcher(expanded).find(); depth++) {
            Matcher s = SNIPPET.matcher(expanded);
            StringBuilder out = new StringBuilder();
            while (s.find()) {
                String name = s.group(1);
                s.appendReplacement(out, Matcher.quoteReplacement(snippets.snippet(name).orElseThrow(() ->
                        new InvalidInputException("There is no snippet '" + name + "'."))));
            }
            s.appendTail(out);
            expanded = out.toString();
        }
        Map<String, Object> byName = values.stream().filter(v -> v.value() != null)
                .collect(Collectors.toMap(ParameterValue::name, ParameterValue::value, (a, b) -> b));
        Matcher o = OPTIONAL.matcher(expanded);
        StringBuilder kept = new StringBuilder();
        while (o.find()) {
            Matcher inner = VARIABLE.matcher(o.group(1));
            boolean all = true;
            while (inner.find()) {
                all &= byName.containsKey(inner.group(1));
            }
            o.appendReplacement(kept, Matcher.quoteReplacement(all ? o.group(1) : ""));
        }
        o.appendTail(kept);
        List<Object> binds = new ArrayList<>();
        Matcher v = VARIABLE.matcher(kept.toString());
        StringBuilder out = new StringBuilder();
        while (v.find()) {
            String name = v.group(1);
            if (!byName.containsKey(name)) {
                throw new InvalidInputException("The variable " + name + " needs a value.");
            }
            Object value = byName.get(name);
            if (value instanceof List<?> list) {
                list.forEach(item -> binds.add(bind(item)));
                v.appendReplacement(out, String.join(", ", list.stream().map(x -> "?").toList()));
            } else {
                binds.add(bind(value));
                v.appendReplacement(out, "?");
            }
        }
        v.appendTail(out);
        return new CompiledSql(out.toString(), binds);
    }

    private static Object bind(Object value) {
        if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(text);
        }
        if (value instanceof BigDecimal number) {
            return number.scale() <= 0 ? (Object) number.longValueExact() : number;
        }
        return value;
    }
}
