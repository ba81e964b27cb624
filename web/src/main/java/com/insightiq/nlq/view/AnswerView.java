package com.insightiq.nlq.view;

import com.insightiq.connection.boundary.DataSourceInfo;
import com.insightiq.nlq.boundary.AnswerChoice;
import com.insightiq.nlq.boundary.AskResult;
import com.insightiq.nlq.boundary.CompileForm;
import com.insightiq.nlq.boundary.FeedbackForm;
import com.insightiq.nlq.boundary.NaturalLanguage;
import com.insightiq.nlq.boundary.NlqAnswer;
import com.insightiq.nlq.boundary.TranslateForm;
import com.insightiq.nlq.control.NlQuery;
import com.insightiq.platform.view.Links;
import com.insightiq.platform.view.Notices;
import com.insightiq.query.view.EditorDrafts;
import com.insightiq.question.view.QuestionSaveView;
import com.insightiq.tenancy.api.CurrentTenant;
import com.insightiq.viz.view.VizPanel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;

/**
 * The answer page ({@code /t/{slug}/ask?q=…&ds=…}, {@code /nlq/ask.xhtml}): asks once when the page has opened, then
 * shows the state of the answer — answered (chips, confidence, chart; {@link ChipEditor} corrects it), ambiguous (one
 * button per reading), cannot_answer (what was and was not understood), or warming (the pipeline is loading: the page
 * asks again by itself). "Open in SQL editor", "Save as question" and "This is wrong" work on what is shown.
 */
@Named("answerView")
@ViewScoped
public class AnswerView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Longer questions are refused by the boundary; the box stops there already. */
    public static final int MAX_QUESTION = 500;

    @Inject
    NaturalLanguage naturalLanguage;

    @Inject
    AskBox askBox;

    @Inject
    LastAskedSource lastAsked;

    @Inject
    AnswerResult result;

    @Inject
    VizPanel vizPanel;

    @Inject
    EditorDrafts drafts;

    @Inject
    QuestionSaveView questionSave;

    @Inject
    Notices notices;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Links links;

    private String slug;
    private String question;
    private Long dataSourceId;
    /** loading, warming, answered, ambiguous, cannot_answer or refused (the boundary said no; see {@link #error}). */
    private String state = "loading";
    private String error;
    private String comment;
    private boolean corrected;
    private transient NlqAnswer answer;

    @jakarta.annotation.PostConstruct
    void start() {
        slug = currentTenant.slug().orElse(null);
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        question = p.get("q") == null ? "" : p.get("q").strip();
        dataSourceId = source(p.get("ds"));
        if (question.isEmpty()) {
            state = "refused";
            error = notices.text("nlq.ask.empty");
        }
    }

    private Long source(String given) {
        try {
            if (given != null && !given.isBlank()) {
                return Long.valueOf(given.strip());
            }
        } catch (NumberFormatException notANumber) {
            // the box's default then, as if none was given
        }
        return askBox.getSourceId();
    }

    /** Asks the question as typed (the page's first request, and again while the pipeline warms up). */
    public void ask() {
        if (slug == null || question.isEmpty()) {
            return;
        }
        corrected = false;
        answer = null;
        state = "loading";
        Optional<AskResult> asked = call(() -> naturalLanguage.ask(slug,
                new TranslateForm(dataSourceId, question, null, null)));
        asked.ifPresent(this::answered);
        if (asked.isEmpty() && "loading".equals(state)) {
            // A fault on our side (Notices logged it and said sorry): the page stops waiting.
            state = "refused";
            error = notices.text("error.unexpected");
        }
    }

    /** Compiles and runs a person's correction (an edited chip, a chosen reading). */
    void recompile(NlQuery query) {
        call(() -> naturalLanguage.askCompiled(slug, new CompileForm(dataSourceId, question, query)))
                .ifPresent(r -> {
                    corrected = true;
                    answered(r);
                });
    }

    /** "Did you mean …": runs that reading. */
    public void choose(int index) {
        if (answer != null && index >= 0 && index < answer.choices().size()) {
            recompile(answer.choices().get(index).query());
        }
    }

    private void answered(AskResult asked) {
        answer = asked.answer();
        state = answer.status();
        error = null;
        if (dataSourceId == null) {
            dataSourceId = answer.dataSourceId();
        }
        if (dataSourceId != null) {
            lastAsked.remember(slug, dataSourceId);
        }
        if ("answered".equals(state)) {
            result.show(asked.result(), asked.visualization(), question);
        } else {
            result.clear();
        }
    }

    private <T> Optional<T> call(Supplier<T> boundary) {
        try {
            // Notices would report a wrapped "not ready" as a fault: it leaves as PipelineWarming instead.
            return notices.fetch(() -> {
                try {
                    return boundary.get();
                } catch (RuntimeException failure) {
                    throw PipelineWarming.is(failure) ? new PipelineWarming() : failure;
                }
            }, this::refused);
        } catch (PipelineWarming warming) {
            state = "warming";
            return Optional.empty();
        }
    }

    private void refused(String reason) {
        error = reason;
        if (answer == null) {
            state = "refused";
        } else {
            notices.error("nlq.correction.refused", reason);
        }
    }

    /** The SQL editor with the statement that ran (variables and their values, never spliced) and its chart type. */
    public void openInEditor() throws IOException {
        if (answer == null || answer.template() == null || dataSourceId == null) {
            return;
        }
        String key = drafts.put(new EditorDrafts.Draft(dataSourceId, answer.template(), answer.parameters(),
                vizPanel.getVisualization()));
        FacesContext.getCurrentInstance().getExternalContext().redirect(links.to("/query/editor.xhtml?draft=" + key));
    }

    /** The editor's Save dialog, filled with the statement, its values as defaults and the shown visualization. */
    public void saveAsQuestion() {
        if (answer != null && answer.template() != null && dataSourceId != null) {
            questionSave.openWith(dataSourceId, answer.template(), answer.parameters(), question);
        }
    }

    /** "This is wrong": the question, what it got and the person's words go to the admins' review. */
    public void report() {
        NlqAnswer shown = answer;
        if (shown == null) {
            return; // the link is only offered with an answer
        }
        boolean stored = notices.fetch(() -> naturalLanguage.report(slug, new FeedbackForm(dataSourceId, question,
                shown.status(), shown.query(), shown.sql(), comment))).isPresent();
        if (stored) {
            comment = null;
            notices.info("nlq.report.thanks");
            PrimeFaces.current().executeScript("PF('nlqReportDialog').hide()");
        }
    }

    public String getQuestion() {
        return question;
    }

    public Long getDataSourceId() {
        return dataSourceId;
    }

    /** The name of the source asked about, shown under the question when the tenant has several. */
    public String getSourceName() {
        return askBox.getSources().stream().filter(s -> dataSourceId != null && s.id() == dataSourceId)
                .map(DataSourceInfo::name).findFirst().orElse(null);
    }

    public String getState() {
        return state;
    }

    public String getError() {
        return error;
    }

    public NlqAnswer getAnswer() {
        return answer;
    }

    public List<AnswerChoice> getChoices() {
        return answer == null ? List.of() : answer.choices();
    }

    /** Confidence in whole percent. */
    public long getConfidence() {
        return answer == null ? 0 : Math.round(answer.confidence() * 100);
    }

    /** Whether what is shown is a person's correction rather than the engine's own reading. */
    public boolean isCorrected() {
        return corrected;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public int getMaxQuestion() {
        return MAX_QUESTION;
    }
}
