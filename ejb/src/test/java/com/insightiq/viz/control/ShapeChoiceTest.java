package com.insightiq.viz.control;

import static com.insightiq.viz.control.VizSamples.data;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.viz.boundary.Visualization;
import com.insightiq.viz.boundary.VizData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShapeChoiceTest {
    private static Visualization suggest(VizData data) {
        return ShapeChoice.suggest(data);
    }

    @Test
    void oneNumberIsANumber() {
        Visualization v = suggest(data(List.of("count:bigint"), new Object[] {42L}));
        assertEquals("number", v.type());
        assertEquals(List.of("count"), v.settings().get("metrics"));
        assertEquals("number", suggest(data(List.of("a:numeric", "b:numeric"), new Object[] {1L, 2L})).type());
    }

    @Test
    void timeAndMeasuresIsALine() {
        Visualization v = suggest(data(List.of("day:timestamptz", "orders:bigint", "revenue:numeric"),
                new Object[] {OffsetDateTime.parse("2024-01-01T00:00Z"), 1L, BigDecimal.ONE},
                new Object[] {OffsetDateTime.parse("2024-01-02T00:00Z"), 2L, BigDecimal.TEN}));
        assertEquals("line", v.type());
        assertEquals("day", v.settings().get("dimension"));
        assertEquals(List.of("orders", "revenue"), v.settings().get("metrics"));
    }

    @Test
    void timeCategoryAndMeasureIsALineWithSeries() {
        Visualization v = suggest(data(List.of("month:date", "region:text", "orders:int8"),
                new Object[] {LocalDate.of(2024, 1, 1), "N", 1L}, new Object[] {LocalDate.of(2024, 1, 1), "S", 2L}));
        assertEquals("line", v.type());
        assertEquals("region", v.settings().get("series"));
    }

    @Test
    void categoryAndMeasureIsABarNeverAPie() {
        Visualization v = suggest(data(List.of("name:varchar", "total:numeric"), new Object[] {"a", 1L},
                new Object[] {"b", 2L}, new Object[] {"c", 3L}));
        assertEquals("bar", v.type());
        assertEquals("name", v.settings().get("dimension"));
    }

    @Test
    void twoCategoriesAndAMeasureIsABarWithSeriesOrAPivotWhenWide() {
        Visualization few = suggest(data(List.of("region:text", "product:text", "n:bigint"),
                new Object[] {"N", "A", 1L}, new Object[] {"N", "B", 2L}, new Object[] {"S", "A", 3L}));
        assertEquals("bar", few.type());
        assertEquals("product", few.settings().get("series"));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 20; j++) {
                rows.add(List.of("r" + i, "c" + j, (long) i * j));
            }
        }
        Visualization wide = suggest(data(List.of("region:text", "product:text", "n:bigint"), rows));
        assertEquals("pivot", wide.type());
        @SuppressWarnings("unchecked")
        Map<String, Object> pivot = (Map<String, Object>) wide.settings().get("pivot");
        assertEquals(List.of("region"), pivot.get("rows"));
        assertEquals(List.of("product"), pivot.get("columns"));
    }

    @Test
    void twoMeasuresAreAScatter() {
        Visualization v = suggest(data(List.of("price:float8", "sold:integer"), new Object[] {1.0, 2L},
                new Object[] {2.0, 3L}));
        assertEquals("scatter", v.type());
        assertEquals("price", v.settings().get("dimension"));
        assertEquals(List.of("sold"), v.settings().get("metrics"));
    }

    @Test
    void everythingElseIsATable() {
        assertEquals("table", suggest(data(List.of("n:integer"), new Object[] {1L}, new Object[] {2L})).type());
        assertEquals("table", suggest(data(List.of("name:text", "email:text"), new Object[] {"a", "b"},
                new Object[] {"c", "d"})).type());
        assertEquals("table", suggest(data(List.of("id:bigint:pk", "name:text"), new Object[] {1L, "a"},
                new Object[] {2L, "b"})).type());
        assertEquals("table", suggest(data(List.of("n:integer"))).type());
        assertEquals("table", suggest(new VizData(List.of(), List.of(), false, 0)).type());
        assertEquals("table", suggest(data(List.of("doc:jsonb", "n:integer"), new Object[] {"{}", 1L},
                new Object[] {"{}", 2L})).type());
    }

    @Test
    void unknownTypeNamesAreDecidedFromTheValues() {
        Visualization v = suggest(data(List.of("label:mystery", "amount:mystery"), new Object[] {"a", 1.5},
                new Object[] {"b", 2.5}));
        assertEquals("bar", v.type());
    }
}
