package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.entity.QueryPurpose;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateQueryTest {
    private final ValidateQuery step = new ValidateQuery();

    ValidateQueryTest() {
        step.limits = QueryFixtures.limits(2000, 60, 4, 300);
    }

    @Test
    void aCompleteRequestPasses() {
        QuerySpec spec = QueryFixtures.request("SELECT 1", new ParameterForm("a", "text", "x", null, null));
        assertSame(spec, step.apply(spec));
    }

    @Test
    void refusesWhatIsMissingOrOutOfBounds() {
        assertMessage("dataSourceId is required", QuerySpec.of(QueryFixtures.TENANT, 1, null, "SELECT 1", List.of(),
                QueryPurpose.INTERACTIVE, null, null));
        assertMessage("positive", QuerySpec.of(QueryFixtures.TENANT, 1, 0L, "SELECT 1", List.of(),
                QueryPurpose.INTERACTIVE, null, null));
        assertMessage("sql is required", QueryFixtures.request("  "));
        assertMessage("sql is required", QueryFixtures.request(null));
        assertMessage("at most 1000", QueryFixtures.request("SELECT '" + "é".repeat(600) + "'"));
        assertMessage("offset", QuerySpec.of(QueryFixtures.TENANT, 1, 1L, "SELECT 1", List.of(),
                QueryPurpose.INTERACTIVE, -1L, null));
        assertMessage("limit", QuerySpec.of(QueryFixtures.TENANT, 1, 1L, "SELECT 1", List.of(),
                QueryPurpose.INTERACTIVE, null, 0));
    }

    @Test
    void refusesBadParameters() {
        assertMessage("needs a name", QueryFixtures.request("SELECT 1", new ParameterForm(" ", "text", 1, null, null)));
        assertMessage("needs a name", QueryFixtures.request("SELECT 1", (ParameterForm) null));
        assertMessage("use one of text, number", QueryFixtures.request("SELECT 1",
                new ParameterForm("a", "float", 1, null, null)));
        assertMessage("given twice", QueryFixtures.request("SELECT 1", new ParameterForm("a", "text", 1, null, null),
                new ParameterForm("a", "number", 2, null, null)));
    }

    private void assertMessage(String expected, QuerySpec spec) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> step.apply(spec));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
