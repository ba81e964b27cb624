package com.insightiq.nlq.boundary;

import com.insightiq.nlq.control.NlQuery;

/** "This is wrong": the question, the status and query it got (may be null), the SQL shown, and what is wrong. */
public record FeedbackForm(Long dataSourceId, String question, String status, NlQuery query, String sql,
        String comment) {
}
