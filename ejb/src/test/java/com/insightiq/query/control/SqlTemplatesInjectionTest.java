package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.insightiq.connection.control.PostgresDriver;
import com.insightiq.connection.control.TableRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a value holds, it travels as a bind: the SQL text never contains it and the bind is unchanged. */
class SqlTemplatesInjectionTest {

    private static final String TEMPLATE = "SELECT * FROM orders o WHERE o.a = {{t}} AND o.b IN ({{l}}) AND {{f}}"
            + " [[AND o.c = {{opt}}]]";

    static Stream<String> hostileValues() {
        return Stream.of("' OR '1'='1", "'; DROP TABLE orders; --", "x' --", "/* comment */", "*/ OR 1=1 /*",
                "\\'; SELECT pg_sleep(10); --", "\"quoted\"", "{{t}}", "[[ ]]", "{{snippet: secret}}", "$$; DROP $$",
                "Ünïcödé 🚀 \u202E", "nul\0char", "line\nbreak\r\n", "?", "? OR ?", ";",
                "x".repeat(1024 * 1024));
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void bindsTheValueUnchanged(String hostile) {
        CompiledSql sql = SqlTemplates.compile(TEMPLATE, List.of(
                        new ParameterValue("t", ParameterType.TEXT, hostile, null, null),
                        new ParameterValue("l", ParameterType.TEXT_LIST, List.of(hostile, hostile), null, null),
                        new ParameterValue("f", ParameterType.FIELD, hostile, 1L, null),
                        new ParameterValue("opt", ParameterType.TEXT, hostile, null, null)),
                name -> Optional.of("injected"),
                id -> Optional.of(new FieldRef(1, new TableRef("public", "orders"), "name", FieldRef.Kind.TEXT)),
                new PostgresDriver());
        assertEquals("SELECT * FROM orders o WHERE o.a = ? AND o.b IN (?, ?) AND o.\"name\" = ? AND o.c = ?",
                sql.sql());
        assertEquals(List.of(hostile, hostile, hostile, hostile, hostile), sql.binds());
        if (hostile.length() > 2) {
            assertFalse(sql.sql().contains(hostile));
        }
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void keepsRangeEndsOutOfTheSqlToo(String hostile) {
        try {
            SqlTemplates.compile("SELECT {{r}}", List.of(new ParameterValue("r", ParameterType.DATE_RANGE,
                    Map.of("from", hostile, "to", hostile), null, null)), n -> Optional.empty(),
                    id -> Optional.empty(), new PostgresDriver());
        } catch (com.insightiq.platform.control.InvalidInputException e) {
            assertFalse(hostile.length() > 50 && e.getMessage().contains(hostile));
        }
    }
}
