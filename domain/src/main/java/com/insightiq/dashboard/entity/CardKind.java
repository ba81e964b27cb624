package com.insightiq.dashboard.entity;

/** What a dashboard card shows: a saved question's result, markdown text, a heading, or a link. */
public enum CardKind {
    QUESTION, TEXT, HEADING, LINK
}
