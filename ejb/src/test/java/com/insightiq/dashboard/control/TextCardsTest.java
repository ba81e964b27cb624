package com.insightiq.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextCardsTest {
    static final Map<String, Object> IDS = Map.of("category", 1, "created", 1, "region", 1);
    static final Map<String, FilterValue> VALUES = Map.of(
            "category", new FilterValue.Texts(List.of("<script>alert(1)</script>", "Widget")),
            "created", new FilterValue.Dates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));

    @Test
    void markdownRendersWithHtmlOfTheTextEscaped() {
        String html = TextCards.markdown("# Sales\n\n**Bold** <b onclick=\"x()\">raw</b>\n\n<div>block</div>",
                Map.of(), IDS);
        assertTrue(html.contains("<h1>Sales</h1>"), html);
        assertTrue(html.contains("<strong>Bold</strong>"), html);
        assertFalse(html.contains("<b "), html);
        assertFalse(html.contains("<div>"), html);
        assertTrue(html.contains("&lt;b onclick="), html);
    }

    @Test
    void unsafeLinksAreDropped() {
        String html = TextCards.markdown("[a](javascript:alert(1)) [b](https://example.com/x) [c](/t/acme/x) "
                + "![i](data:image/svg+xml;base64,AAA) [d](JAVA\tSCRIPT:alert(1)) <javascript:alert(2)>", Map.of(), IDS);
        assertFalse(html.toLowerCase().matches("(?s).*(href|src)=\"[^\"]*script.*"), html);
        assertTrue(html.contains("href=\"\">a</a>"), html);
        assertFalse(html.contains("data:image"), html);
        assertTrue(html.contains("href=\"https://example.com/x\""), html);
        assertTrue(html.contains("href=\"/t/acme/x\""), html);
        assertEquals("<p>x</p>", TextCards.link("javascript:alert(1)", "x", Map.of(), IDS));
        assertTrue(TextCards.link("https://example.com", "Go", Map.of(), IDS).contains("href=\"https://example.com\""));
    }

    @Test
    void filterValuesAreSubstitutedAsText() {
        String html = TextCards.markdown("Category: {{category}}, dates {{ created }}, region {{region}}, "
                + "other {{unknown}} *{{category}}*", VALUES, IDS);
        assertTrue(html.contains("Category: &lt;script&gt;alert(1)&lt;/script&gt;, Widget"), html);
        assertTrue(html.contains("dates 2024-01-01 – 2024-03-31"), html);
        assertTrue(html.contains("region , "), "an unset filter reads empty: " + html);
        assertTrue(html.contains("{{unknown}}"), html);
        assertTrue(html.contains("<em>&lt;script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
        assertEquals("<h2>&lt;i&gt; &lt;script&gt;alert(1)&lt;/script&gt;, Widget</h2>",
                TextCards.heading("<i> {{category}}", VALUES, IDS));
    }
}
