package com.insightiq.nlq.boundary;

import com.insightiq.nlq.control.NlQuery;

/** One reading of an ambiguous question: a label for the difference, its full interpretation and query. */
public record AnswerChoice(String label, String interpretation, NlQuery query) {
}
