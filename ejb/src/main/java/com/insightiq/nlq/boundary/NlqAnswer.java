package com.insightiq.nlq.boundary;

import com.insightiq.nlq.control.Interpretation;
import com.insightiq.nlq.control.NlQuery;
import com.insightiq.query.boundary.ParameterForm;
import java.util.List;

/**
 * The answer to translate: {@code status} answered | ambiguous | cannot_answer; {@code sql} readable SQL with the
 * values written out (null unless answered); {@code interpretation} one line; {@code explanation} sentences;
 * {@code confidence} 0..1; {@code choices} the readings when ambiguous. Beyond the shape: the structured
 * {@code query} (to correct and send back to compile), its {@code chips}, what was and was not understood, the
 * {@code template} and {@code parameters} that actually run, and the verified answer used, if any.
 */
public record NlqAnswer(String status, String sql, String interpretation, String explanation, double confidence,
        List<AnswerChoice> choices, String question, Long dataSourceId, NlQuery query,
        List<Interpretation.Chip> chips, List<String> understood, List<String> notUnderstood, String template,
        List<ParameterForm> parameters, Long verifiedAnswerId) {
}
