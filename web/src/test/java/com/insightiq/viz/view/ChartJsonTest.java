package com.insightiq.viz.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void labelsCannotEndTheScriptOrTheAjaxCdata() {
        String safe = new ChartJson().of("{\"labels\":[\"</script><b>x</b>\",\"]]>\",\"a&b\"]}");
        assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&"), safe);
        assertEquals("{\"labels\":[\"\\u003c/script\\u003e\\u003cb\\u003ex\\u003c/b\\u003e\",\"]]\\u003e\","
                + "\"a\\u0026b\"]}", safe);
        assertNull(new ChartJson().of(null));
    }
}
