package com.insightiq.nlq.boundary;

import com.insightiq.nlq.control.NlQuery;

/** {@code POST …/nlq/compile}: a person's corrected interpretation of {@code question}, compiled (and run by ask). */
public record CompileForm(Long dataSourceId, String question, NlQuery query) {
}
