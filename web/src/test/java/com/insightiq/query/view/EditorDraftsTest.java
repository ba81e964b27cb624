package com.insightiq.query.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.viz.boundary.Visualization;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditorDraftsTest {
    private static EditorDrafts.Draft draft(String sql) {
        return new EditorDrafts.Draft(1, sql, List.of(), new Visualization("table", Map.of()));
    }

    @Test
    void aDraftIsTakenOnceByItsKey() {
        EditorDrafts drafts = new EditorDrafts();
        String key = drafts.put(draft("SELECT 1"));
        assertNotEquals(key, drafts.put(draft("SELECT 2")));
        assertEquals("SELECT 1", drafts.take(key).orElseThrow().sql());
        assertTrue(drafts.take(key).isEmpty(), "taken once");
        assertTrue(drafts.take(null).isEmpty());
        assertTrue(drafts.take("guessed").isEmpty());
    }

    @Test
    void onlyTheNewestDraftsAreKept() {
        EditorDrafts drafts = new EditorDrafts();
        String first = drafts.put(draft("SELECT 0"));
        String last = null;
        for (int i = 1; i <= EditorDrafts.KEEP; i++) {
            last = drafts.put(draft("SELECT " + i));
        }
        assertTrue(drafts.take(first).isEmpty(), "the oldest went");
        assertEquals("SELECT " + EditorDrafts.KEEP, drafts.take(last).orElseThrow().sql());
    }
}
