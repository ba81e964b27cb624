package com.insightiq.nlq.entity;

/** Where a "this is wrong" report stands: new, acted on (e.g. turned into a synonym), or set aside. */
public enum FeedbackState {
    OPEN, RESOLVED, DISMISSED
}
