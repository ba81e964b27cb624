package com.insightiq.query.control;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.control.TemplateLexer.Kind;
import com.insightiq.query.control.TemplateLexer.Piece;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups lexed pieces into text, variables and optional clauses. A {@code [[ … ]]} without any variable is kept as text:
 * PostgreSQL's {@code ARRAY[[1,2],[3,4]]} and {@code a[b[1]]} must survive templating.
 */
final class TemplateParser {

    sealed interface Part permits Text, Variable, Optional {
    }

    record Text(String sql) implements Part {
    }

    record Variable(String name) implements Part {
    }

    record Optional(List<Variable> variables, List<Part> parts, String source) implements Part {
    }

    private TemplateParser() {
    }

    /** The template's parts; snippets must be expanded before (a snippet tag left here is an error). */
    static List<Part> parts(String sql) {
        List<Part> parts = new ArrayList<>();
        List<Part> clause = null;
        StringBuilder clauseSource = null;
        int clauseStart = -1;
        for (Piece piece : TemplateLexer.pieces(sql)) {
            if (piece.kind() == Kind.OPEN) {
                if (clause != null) {
                    throw new InvalidInputException("Optional clauses [[ … ]] cannot be nested: the [[ at "
                            + Positions.of(sql, piece.offset()) + " is inside the one at "
                            + Positions.of(sql, clauseStart) + ".");
                }
                clause = new ArrayList<>();
                clauseSource = new StringBuilder("[[");
                clauseStart = piece.offset();
            } else if (piece.kind() == Kind.CLOSE && clause != null) {
                clauseSource.append("]]");
                parts.add(closed(clause, clauseSource.toString()));
                clause = null;
            } else {
                List<Part> target = clause != null ? clause : parts;
                target.add(switch (piece.kind()) {
                    case VARIABLE -> new Variable(piece.name());
                    case SNIPPET -> throw new IllegalStateException("snippets are expanded before parsing");
                    default -> new Text(piece.source());
                });
                if (clause != null) {
                    clauseSource.append(piece.source());
                }
            }
        }
        if (clause != null) {
            throw new InvalidInputException("The [[ at " + Positions.of(sql, clauseStart) + " has no closing ]].");
        }
        return parts;
    }

    /** Tags in order of first appearance; a tag is optional only when every occurrence is inside a clause. */
    static List<TemplateTag> tags(String sql) {
        Map<String, TemplateTag> tags = new LinkedHashMap<>();
        boolean inClause = false;
        for (Piece piece : TemplateLexer.pieces(sql)) {
            switch (piece.kind()) {
                case OPEN -> {
                    if (inClause) {
                        throw new InvalidInputException("Optional clauses [[ … ]] cannot be nested (at "
                                + Positions.of(sql, piece.offset()) + ").");
                    }
                    inClause = true;
                }
                case CLOSE -> inClause = false;
                case VARIABLE, SNIPPET -> {
                    boolean snippet = piece.kind() == Kind.SNIPPET;
                    String key = (snippet ? "s:" : "v:") + piece.name();
                    TemplateTag seen = tags.get(key);
                    boolean optional = inClause && (seen == null || seen.optional());
                    tags.put(key, new TemplateTag(piece.name(), snippet, optional));
                }
                default -> {
                }
            }
        }
        if (inClause) {
            throw new InvalidInputException("A [[ has no closing ]].");
        }
        return List.copyOf(tags.values());
    }

    private static Part closed(List<Part> clause, String source) {
        List<Variable> variables = clause.stream()
                .filter(Variable.class::isInstance).map(Variable.class::cast).toList();
        return variables.isEmpty() ? new Text(source) : new Optional(variables, List.copyOf(clause), source);
    }
}
