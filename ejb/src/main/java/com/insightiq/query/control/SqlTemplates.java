package com.insightiq.query.control;

import com.insightiq.connection.control.Driver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PLACEHOLDER until the templates branch is merged (it replaces this file): finds tags with a plain pattern so the SQL
 * editor can show variable widgets; compiling is not done here.
 */
public final class SqlTemplates {
    private static final Pattern TAG = Pattern.compile("\\{\\{\\s*(snippet:\\s*)?([^{}]+?)\\s*}}");

    private SqlTemplates() {
    }

    public static List<TemplateTag> tags(String sql) {
        Map<String, TemplateTag> tags = new LinkedHashMap<>();
        if (sql == null) {
            return List.of();
        }
        Matcher m = TAG.matcher(sql);
        while (m.find()) {
            boolean snippet = m.group(1) != null;
            String name = m.group(2).trim();
            int open = sql.lastIndexOf("[[", m.start());
            boolean optional = open >= 0 && sql.lastIndexOf("]]", m.start()) < open;
            tags.putIfAbsent((snippet ? "snippet:" : "") + name, new TemplateTag(name, snippet, optional));
        }
        return new ArrayList<>(tags.values());
    }

    public static CompiledSql compile(String sql, List<ParameterValue> values, SnippetSource snippets,
                                      FieldResolver fields, Driver driver) {
        throw new UnsupportedOperationException("issue 4: the templates branch compiles templates");
    }
}
