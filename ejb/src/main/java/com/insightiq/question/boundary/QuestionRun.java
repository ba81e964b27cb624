package com.insightiq.question.boundary;

import com.insightiq.query.boundary.QueryPage;
import com.insightiq.viz.boundary.Visualization;

/** A run of a saved question: the question, the first page of its result (row cap as the engine), how to show it. */
public record QuestionRun(QuestionInfo question, QueryPage result, Visualization visualization) {
}
