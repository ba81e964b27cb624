package com.insightiq.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.question.boundary.QuestionForm;
import com.insightiq.question.boundary.QuestionInfo;
import com.insightiq.question.boundary.QuestionParameter;
import com.insightiq.viz.boundary.Visualization;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionJsonTest {

    @Test
    void aSnapshotGivesBackTheContent() {
        List<QuestionParameter> parameters = List.of(new QuestionParameter("ids", "number-list", "Ids",
                List.of(new BigDecimal("1"), new BigDecimal("2")), true, null));
        QuestionInfo info = new QuestionInfo(7, "Sales \"<b>\"", null, 3, "SELECT * FROM t WHERE id IN ({{ids}})",
                parameters, new Visualization("bar", Map.of("stacked", true)), 4L, 60, 1, "Ann", false, false,
                Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:04:06Z"), 2);
        QuestionForm back = QuestionJson.contentOf(QuestionJson.snapshot(info));
        assertEquals(info.name(), back.name());
        assertEquals(null, back.description());
        assertEquals(3L, back.dataSourceId());
        assertEquals(info.sql(), back.sql());
        assertEquals(parameters, back.parameters());
        assertEquals(info.visualization(), back.visualization());
        assertEquals(4L, back.collectionId());
        assertEquals(60, back.cacheTtlSeconds());
    }

    @Test
    void parametersAndSettingsRoundTrip() {
        List<QuestionParameter> parameters = List.of(new QuestionParameter("d", "date-range", "When",
                Map.of("from", "2024-01-01", "to", "2024-02-01"), false, null));
        assertEquals(parameters, QuestionJson.parameters(QuestionJson.parameters(parameters)));
        assertEquals(Map.of("a", List.of("x")), QuestionJson.settings(QuestionJson.settings(Map.of("a", List.of("x")))));
        assertEquals(List.of(), QuestionJson.parameters(""));
    }
}
