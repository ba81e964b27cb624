package com.insightiq.nlq.boundary;

import com.insightiq.nlq.control.NlQuery;

/** A curator's "this answer is right": the question and the (possibly corrected) query that answers it. */
public record VerifiedForm(Long dataSourceId, String question, NlQuery query) {
}
