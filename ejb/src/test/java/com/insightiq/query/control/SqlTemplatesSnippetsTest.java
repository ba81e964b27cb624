package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.insightiq.connection.control.PostgresDriver;
import com.insightiq.platform.control.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlTemplatesSnippetsTest {

    private static CompiledSql compile(String sql, Map<String, String> snippets, ParameterValue... values) {
        return SqlTemplates.compile(sql, List.of(values), name -> Optional.ofNullable(snippets.get(name)),
                id -> Optional.empty(), new PostgresDriver());
    }

    private static String message(Runnable run) {
        return assertThrows(InvalidInputException.class, run::run).getMessage();
    }

    @Test
    void expandsSnippetsWithTheirOwnVariablesAndClauses() {
        Map<String, String> snippets = Map.of("paid orders", "orders o WHERE o.paid [[AND o.total > {{min}}]]",
                "top", "SELECT * FROM {{snippet: paid orders}}");
        CompiledSql sql = compile("{{ snippet: top }} LIMIT {{n}}", snippets,
                new ParameterValue("min", ParameterType.NUMBER, "10", null, null),
                new ParameterValue("n", ParameterType.NUMBER, 5, null, null));
        assertEquals("SELECT * FROM orders o WHERE o.paid AND o.total > ? LIMIT ?", sql.sql());
        assertEquals(List.of(10L, 5L), sql.binds());
    }

    @Test
    void allowsFiveLevelsAndNoMore() {
        Map<String, String> five = Map.of("s1", "{{snippet: s2}}", "s2", "{{snippet: s3}}", "s3", "{{snippet: s4}}",
                "s4", "{{snippet: s5}}", "s5", "1");
        assertEquals("SELECT 1", compile("SELECT {{snippet: s1}}", five).sql());
        Map<String, String> six = new java.util.HashMap<>(five);
        six.put("s5", "{{snippet: s6}}");
        six.put("s6", "1");
        assertEquals("Snippets are nested too deeply at \"s6\": at most 5 levels.",
                message(() -> compile("SELECT {{snippet: s1}}", six)));
    }

    @Test
    void refusesCyclesAndUnknownSnippets() {
        assertEquals("The snippet \"a\" includes itself (a → b → a).", message(() -> compile("SELECT {{snippet: a}}",
                Map.of("a", "{{snippet: b}}", "b", "{{snippet: a}}"))));
        assertEquals("There is no snippet named \"nope\".", message(() -> compile("SELECT {{snippet:nope}}", Map.of())));
        assertEquals("There is no snippet named \"x\".", message(() -> SqlTemplates.compile("SELECT {{snippet: x}}",
                List.of(), null, null, null)));
    }

    @Test
    void leavesSnippetTagsInLiteralsAlone() {
        assertEquals("SELECT '{{snippet: a}}'", compile("SELECT '{{snippet: a}}'", Map.of()).sql());
    }

    @Test
    void acceptsSnippetNamesWithSpacesDotsAndDashes() {
        assertEquals("SELECT 1", compile("SELECT {{snippet: Sales v1.2 - final_}}",
                Map.of("Sales v1.2 - final_", "1")).sql());
        assertThrows(InvalidInputException.class, () -> compile("SELECT {{snippet: a;b}}", Map.of()));
    }
}
