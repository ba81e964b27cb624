package com.insightiq.query.control;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.control.TemplateLexer.Piece;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces {@code {{snippet: name}}} by the tenant's snippet text, snippets inside snippets too, before any variable is
 * read (a snippet may bring its own variables and optional clauses).
 */
final class SnippetExpansion {

    static final int MAX_DEPTH = 5;

    private SnippetExpansion() {
    }

    static String expand(String sql, SnippetSource snippets) {
        return expand(sql, snippets, new ArrayList<>());
    }

    private static String expand(String sql, SnippetSource snippets, List<String> path) {
        StringBuilder out = new StringBuilder(sql.length());
        for (Piece piece : TemplateLexer.pieces(sql)) {
            if (piece.kind() != TemplateLexer.Kind.SNIPPET) {
                out.append(piece.source());
                continue;
            }
            String name = piece.name();
            if (path.contains(name)) {
                throw new InvalidInputException("The snippet \"" + name + "\" includes itself ("
                        + String.join(" → ", path) + " → " + name + ").");
            }
            if (path.size() >= MAX_DEPTH) {
                throw new InvalidInputException("Snippets are nested too deeply at \"" + name + "\": at most "
                        + MAX_DEPTH + " levels.");
            }
            String content = (snippets == null ? java.util.Optional.<String>empty() : snippets.snippet(name))
                    .orElseThrow(() -> new InvalidInputException("There is no snippet named \"" + name + "\"."));
            path.add(name);
            try {
                out.append(expand(content, snippets, path));
            } finally {
                path.remove(path.size() - 1);
            }
        }
        return out.toString();
    }
}
