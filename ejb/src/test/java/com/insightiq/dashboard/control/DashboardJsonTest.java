package com.insightiq.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.dashboard.boundary.CardClick;
import com.insightiq.dashboard.boundary.CardForm;
import com.insightiq.dashboard.boundary.CardInfo;
import com.insightiq.dashboard.boundary.CardMapping;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.dashboard.boundary.DashboardForm;
import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.boundary.DashboardTab;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardJsonTest {

    @Test
    void aSnapshotGivesBackTheContentItRecorded() {
        List<DashboardTab> tabs = List.of(new DashboardTab("t1", "Overview"));
        List<DashboardFilter> filters = List.of(new DashboardFilter("n", "N", "number",
                List.of(BigDecimal.ONE, new BigDecimal("2.5")), true, 12L, List.of()),
                new DashboardFilter("c", "C", "category", "West", false, null, List.of()));
        CardClick click = new CardClick("dashboard", null, null, 8L, null, Map.of("c", "region"));
        CardInfo card = new CardInfo(5, "question", 3L, "Q", "bar", "t1", 0, 1, 6, 4, "Title \"q\"", null, null,
                List.of(new CardMapping("c", "region")), click, List.of("n"), null);
        CardInfo text = new CardInfo(6, "text", null, null, null, "t1", 6, 1, 6, 4, null, "# {{c}}\n<b>", null,
                List.of(), null, List.of(), null);
        DashboardInfo info = new DashboardInfo(1, "Board", "About", 4L, 2, "Ann", tabs, filters, List.of(card, text),
                5, false, false, false, null, true, Instant.EPOCH, Instant.EPOCH, 3);
        DashboardForm back = DashboardJson.contentOf(DashboardJson.snapshot(info));
        assertEquals(new DashboardForm("Board", "About", 4L, tabs, filters, List.of(
                new CardForm(5L, "question", 3L, "t1", 0, 1, 6, 4, "Title \"q\"", null, null,
                        List.of(new CardMapping("c", "region")), click),
                new CardForm(6L, "text", null, "t1", 6, 1, 6, 4, null, "# {{c}}\n<b>", null, List.of(), null)),
                5, null), back);
    }

    @Test
    void storedPartsRoundTrip() {
        List<DashboardFilter> filters = List.of(new DashboardFilter("d", "D", "date", "past30days", false, null,
                List.of()));
        assertEquals(filters, DashboardJson.filters(DashboardJson.filters(filters)));
        assertEquals(List.of(new CardMapping("a", "b")), DashboardJson.mappings(DashboardJson.mappings(
                List.of(new CardMapping("a", "b")))));
        CardClick url = new CardClick("url", null, null, null, "https://x.example/{{region}}", Map.of());
        assertEquals(url, DashboardJson.click(DashboardJson.click(url)));
        assertEquals(null, DashboardJson.click((String) null));
    }
}
