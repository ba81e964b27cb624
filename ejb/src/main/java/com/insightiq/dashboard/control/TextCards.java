package com.insightiq.dashboard.control;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Text, heading and link cards as HTML: markdown (commonmark) with every HTML tag of the text escaped, links and
 * images only to http(s), mailto or relative addresses (others dropped), and {@code {{filterId}}} replaced by that
 * filter's current value as plain text (empty when the filter is not set; unknown ids stay as written).
 */
public final class TextCards {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z0-9-]{1,64})\\s*}}");
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new SafeUrls()).build();

    private TextCards() {
    }

    public static String markdown(String text, Map<String, FilterValue> values, Map<String, ?> filterIds) {
        Node document = PARSER.parse(text == null ? "" : text);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                node.setLiteral(substitute(node.getLiteral(), values, filterIds));
            }
        });
        return RENDERER.render(document);
    }

    public static String heading(String text, Map<String, FilterValue> values, Map<String, ?> filterIds) {
        return "<h2>" + escape(substitute(text == null ? "" : text, values, filterIds)) + "</h2>";
    }

    public static String link(String url, String title, Map<String, FilterValue> values, Map<String, ?> filterIds) {
        String safe = SafeUrls.safe(url == null ? "" : url.strip());
        String label = escape(substitute(title == null || title.isBlank() ? url == null ? "" : url : title, values,
                filterIds));
        return safe.isEmpty() ? "<p>" + label + "</p>"
                : "<p><a href=\"" + escape(safe) + "\" rel=\"noopener noreferrer\" target=\"_blank\">" + label
                + "</a></p>";
    }

    static String substitute(String text, Map<String, FilterValue> values, Map<String, ?> filterIds) {
        if (!text.contains("{{")) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group(1);
            String replacement = !filterIds.containsKey(id) ? m.group()
                    : values.containsKey(id) ? values.get(id).text() : "";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Keeps http(s), mailto and relative addresses; anything else (javascript:, data:, vbscript:) becomes "". */
    static final class SafeUrls implements UrlSanitizer {
        private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

        @Override
        public String sanitizeLinkUrl(String url) {
            return safe(url);
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return safe(url);
        }

        static String safe(String url) {
            // control characters and whitespace inside a scheme fool browsers ("java\tscript:")
            String compact = url.replaceAll("[\\x00-\\x20\\x7f]", "");
            Matcher m = SCHEME.matcher(compact);
            if (!m.find()) {
                return compact.startsWith("//") ? "" : url;
            }
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") ? url : "";
        }
    }
}
