package com.insightiq.question.control;

import com.insightiq.question.entity.QuestionContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a change did to a question, in words for its revision history ("Renamed, changed the SQL"). */
public final class RevisionSummary {
    public static final String CREATED = "Created";

    private RevisionSummary() {
    }

    /** The changes from {@code before} to {@code after}; empty when nothing changed. */
    public static String of(QuestionContent before, QuestionContent after) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(before.name(), after.name())) {
            parts.add("renamed");
        }
        if (!Objects.equals(before.description(), after.description())) {
            parts.add("changed the description");
        }
        if (!Objects.equals(before.dataSourceId(), after.dataSourceId())) {
            parts.add("changed the data source");
        }
        if (!Objects.equals(before.sql(), after.sql())) {
            parts.add("changed the SQL");
        }
        if (!Objects.equals(before.parametersJson(), after.parametersJson())) {
            parts.add("changed the parameters");
        }
        if (!Objects.equals(before.visualizationType(), after.visualizationType())
                || !Objects.equals(before.visualizationSettingsJson(), after.visualizationSettingsJson())) {
            parts.add("changed the visualization");
        }
        if (!Objects.equals(before.collectionId(), after.collectionId())) {
            parts.add("moved");
        }
        if (!Objects.equals(before.cacheTtlSeconds(), after.cacheTtlSeconds())) {
            parts.add("changed the cache TTL");
        }
        return sentence(parts);
    }

    public static String restored(int number) {
        return "Restored revision " + number;
    }

    public static String copied(String originalName) {
        return "Created as a copy of '" + originalName + "'";
    }

    static String sentence(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        String joined = String.join(", ", parts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
