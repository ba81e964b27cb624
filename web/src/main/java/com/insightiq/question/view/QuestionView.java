package com.insightiq.question.view;

import com.insightiq.home.view.Visits;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.view.Links;
import com.insightiq.platform.view.Notices;
import com.insightiq.query.view.VariableInput;
import com.insightiq.collection.boundary.CollectionChoice;
import com.insightiq.collection.boundary.CollectionInfo;
import com.insightiq.collection.boundary.Collections;
import com.insightiq.question.boundary.QuestionForm;
import com.insightiq.question.boundary.QuestionInfo;
import com.insightiq.question.boundary.QuestionParameter;
import com.insightiq.question.boundary.Questions;
import com.insightiq.question.boundary.RevisionInfo;
import com.insightiq.tenancy.api.CurrentTenant;
import com.insightiq.viz.view.VizPanel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The page of one saved question (/question.xhtml?id=, /t/{slug}/question/{id}): its name and description (editable
 * in place by curators), where it is filed, its parameters, and the actions duplicate, move, trash/restore, pin and
 * the revision history with restore. Running and the visualization are {@link QuestionChart}'s. Everything goes
 * through {@link Questions}.
 */
@Named("questionView")
@ViewScoped
public class QuestionView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Questions questions;

    @Inject
    Notices notices;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Links links;

    @Inject
    VizPanel vizPanel;

    private String slug;
    private long id;
    private String name;
    private String description;
    private String moveTo = QuestionSaveView.ROOT;
    private final List<VariableInput> inputs = new ArrayList<>();
    // Boundary records are not serializable; after passivation they are loaded again.
    private transient QuestionInfo question;
    private Boolean mayEdit;
    private transient List<RevisionInfo> revisions;
    private transient List<CollectionChoice> collections;
    private transient List<CollectionInfo.Crumb> breadcrumb;

    @Inject
    Collections places;

    @Inject
    Visits visits;

    @PostConstruct
    void start() {
        slug = currentTenant.slug().orElse(null);
        var context = FacesContext.getCurrentInstance().getExternalContext();
        String given = context.getRequestParameterMap().get("id");
        try {
            id = given == null ? 0 : Long.parseLong(given.trim());
        } catch (NumberFormatException e) {
            id = 0;
        }
        if (getQuestion() != null) {
            name = question.name();
            description = question.description();
            // Values in the address (?{parameter}=…, a dashboard card's click) fill the widgets before the first run.
            var passed = context.getRequestParameterValuesMap();
            question.parameters().forEach(p -> inputs.add(QuestionInputs.of(p, passed.get(p.name()))));
            visits.opened(slug, "question", id);
        }
    }

    public QuestionInfo getQuestion() {
        if (question == null && slug != null && id > 0) {
            question = notices.fetch(() -> questions.get(slug, id)).orElse(null);
        }
        return question;
    }

    /** Analysts and admins edit (the boundary also checks the collection). */
    /** Edit controls only for those the boundary would let save: the role and curate rights on the collection. */
    public boolean isMayEdit() {
        if (mayEdit == null) {
            mayEdit = slug != null && getQuestion() != null && currentUser.may("question", "edit")
                    && notices.fetch(() -> questions.mayEdit(slug, id)).orElse(false);
        }
        return mayEdit;
    }

    /** Saves name and description (whole content otherwise unchanged; a concurrent edit answers 409). */
    public void rename() {
        change(q -> new QuestionForm(name, description, q.dataSourceId(), q.sql(), q.parameters(),
                q.visualization(), q.collectionId(), q.cacheTtlSeconds(), q.version()));
    }

    /** Replaces the content with what {@code edit} makes of the current one; true when the question took it. */
    boolean change(Function<QuestionInfo, QuestionForm> edit) {
        QuestionInfo q = getQuestion();
        if (q == null) {
            return false;
        }
        QuestionForm form = edit.apply(q);
        Optional<QuestionInfo> saved = notices.fetch(() -> questions.update(slug, id, form));
        saved.ifPresent(this::reloaded);
        return saved.isPresent();
    }

    public void duplicate() throws IOException {
        Optional<QuestionInfo> copy = notices.fetch(() -> questions.duplicate(slug, id, null, null));
        if (copy.isPresent()) {
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(links.to("/question.xhtml?id=" + copy.get().id()));
        }
    }

    public void move() {
        Long target = QuestionSaveView.ROOT.equals(moveTo) ? null : Long.valueOf(moveTo);
        notices.fetch(() -> questions.move(slug, id, target)).ifPresent(this::reloaded);
    }

    public void archive() {
        notices.fetch(() -> questions.archive(slug, id)).ifPresent(this::reloaded);
    }

    public void restore() {
        notices.fetch(() -> questions.restore(slug, id)).ifPresent(this::reloaded);
    }

    public void pin(boolean value) {
        notices.fetch(() -> questions.pin(slug, id, value)).ifPresent(this::reloaded);
    }

    public void restoreRevision(int number) {
        notices.fetch(() -> questions.restoreRevision(slug, id, number)).ifPresent(q -> {
            reloaded(q);
            if (vizPanel.getData() != null) {
                vizPanel.show(vizPanel.getData(), q.visualization(), q.name()); // the revision's visualization
            }
            notices.info("question.revision.restored", number);
        });
    }

    private void reloaded(QuestionInfo q) {
        question = q;
        mayEdit = null;
        name = q.name();
        description = q.description();
        revisions = null;
        breadcrumb = null;
    }

    public List<RevisionInfo> getRevisions() {
        if (revisions == null) {
            revisions = getQuestion() == null ? List.of()
                    : notices.fetch(() -> questions.revisions(slug, id)).orElse(List.of());
        }
        return revisions;
    }

    /** "Our analytics" first, then the collections down to the question's. */
    /** The path to the question's collection, the collection included ("Our analytics" first unless personal). */
    public List<CollectionInfo.Crumb> getBreadcrumb() {
        if (breadcrumb == null) {
            QuestionInfo q = getQuestion();
            breadcrumb = q == null ? List.of() : notices.fetch(() -> {
                CollectionInfo home = places.get(slug, q.collectionId());
                List<CollectionInfo.Crumb> path = new java.util.ArrayList<>(home.path());
                path.add(new CollectionInfo.Crumb(home.id(), home.name()));
                return path;
            }).orElse(List.of());
        }
        return breadcrumb;
    }

    public List<CollectionChoice> getCollections() {
        if (collections == null) {
            collections = isMayEdit() ? notices.fetch(() -> places.choices(slug)).orElse(List.of())
                    : List.of();
        }
        return collections;
    }

    public String key(CollectionChoice choice) {
        return QuestionSaveView.keyOf(choice);
    }

    /** The SQL editor with this question's SQL and data source. */
    public String getEditorLink() {
        return links.to("/query/editor.xhtml?question=" + id);
    }

    public String collectionLink(CollectionInfo.Crumb choice) {
        return links.to(choice.id() == null ? "/collections.xhtml" : "/collections.xhtml?id=" + choice.id());
    }

    public List<VariableInput> getInputs() {
        return inputs;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    /** For the parameter widgets: the label of a parameter by its name. */
    public String label(String parameterName) {
        return getQuestion() == null ? parameterName : question.parameters().stream()
                .filter(p -> p.name().equals(parameterName)).map(QuestionParameter::label).findFirst()
                .orElse(parameterName);
    }

}
