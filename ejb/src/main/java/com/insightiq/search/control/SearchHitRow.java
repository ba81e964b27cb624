package com.insightiq.search.control;

/** A raw search hit: kind, id, texts, where it is filed (collection or table), score. */
public record SearchHitRow(String kind, long id, String name, String description, Long parentId, String parentName,
                           double score) {
}
