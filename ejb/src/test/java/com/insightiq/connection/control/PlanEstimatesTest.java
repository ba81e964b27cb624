package com.insightiq.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PlanEstimatesTest {

    @Test
    void readsPlanRowsOfTheTopNode() {
        String plan = """
                [{"Plan": {"Node Type": "Hash Join", "Plan Rows": 1234567, "Plan Width": 40,
                  "Plans": [{"Node Type": "Seq Scan", "Plan Rows": 99}]}}]""";
        assertEquals(OptionalLong.of(1_234_567), PlanEstimates.postgresPlanRows(plan));
    }

    @Test
    void largeEstimatesAndOddOutputs() {
        assertEquals(OptionalLong.of(5_000_000_000L),
                PlanEstimates.postgresPlanRows("[{\"Plan\": {\"Plan Rows\": 5000000000}}]"));
        assertEquals(OptionalLong.empty(), PlanEstimates.postgresPlanRows("[]"));
        assertEquals(OptionalLong.empty(), PlanEstimates.postgresPlanRows("[{\"Utility\": true}]"));
        assertEquals(OptionalLong.empty(), PlanEstimates.postgresPlanRows("not json"));
    }
}
