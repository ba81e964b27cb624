package com.insightiq.nlq.entity;

/** What a synonym stands for: a table, a column, or one value of a column. */
public enum SynonymTarget {
    TABLE, COLUMN, VALUE
}
