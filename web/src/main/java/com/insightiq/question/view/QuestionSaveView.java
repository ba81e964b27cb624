package com.insightiq.question.view;

import com.insightiq.platform.view.Links;
import com.insightiq.platform.view.Notices;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.view.SqlEditorView;
import com.insightiq.query.view.VariableInput;
import com.insightiq.collection.boundary.CollectionChoice;
import com.insightiq.collection.boundary.Collections;
import com.insightiq.question.boundary.QuestionForm;
import com.insightiq.question.boundary.QuestionInfo;
import com.insightiq.question.boundary.QuestionParameter;
import com.insightiq.question.boundary.Questions;
import com.insightiq.tenancy.api.CurrentTenant;
import com.insightiq.viz.boundary.Visualization;
import com.insightiq.viz.view.VizPanel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The editor's "Save" dialog: name, description and collection for the SQL in the editor, its variables as the
 * question's parameters (their current values become the defaults), and the editor's visualization (the type and
 * settings chosen in its panel, or the automatic choice once a chart was shown; a table when none was). Saving opens
 * the new question's page, which shows that visualization.
 */
@Named("questionSaveView")
@ViewScoped
public class QuestionSaveView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The select's value for "Our analytics" (a select cannot hold null reliably). */
    static final String ROOT = "root";

    @Inject
    Questions questions;

    @Inject
    Notices notices;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Links links;

    /** The editor's visualization panel (the same view-scoped bean the editor draws with). */
    @Inject
    VizPanel vizPanel;

    private String name;
    private String description;
    private String collection = ROOT;
    private Long dataSourceId;
    private String sql;
    private List<QuestionParameter> parameters = List.of();
    private String vizType = "table";
    private Map<String, Object> vizSettings = Map.of();
    private transient List<CollectionChoice> collections;

    @Inject
    Collections places;

    /** Takes what the editor holds and opens the dialog; nothing to save says so instead. */
    public void open(SqlEditorView editor) {
        String text = editor.getSql() == null ? "" : editor.getSql();
        if (text.isBlank() || editor.getDataSourceId() == null) {
            notices.error("editor.nothingToSave");
            return;
        }
        List<QuestionParameter> found = new ArrayList<>();
        for (VariableInput variable : editor.getVariables().getAll()) {
            try {
                ParameterForm form = variable.form();
                found.add(new QuestionParameter(form.name(), form.type(), form.name(), form.value(), null,
                        form.columnId()));
            } catch (VariableInput.BadValue bad) {
                notices.error(bad.messageKey);
                return;
            }
        }
        show(editor.getDataSourceId(), text, found);
    }

    /**
     * The same dialog for a statement another page shows (an answer to a natural-language question): its variables'
     * values become the parameters' defaults, the page's visualization the question's; {@code name} is suggested.
     */
    public void openWith(long dataSourceId, String statement, List<ParameterForm> values, String suggestedName) {
        List<QuestionParameter> found = new ArrayList<>();
        for (ParameterForm form : values == null ? List.<ParameterForm>of() : values) {
            found.add(new QuestionParameter(form.name(), form.type(), form.name(), form.value(), null,
                    form.columnId()));
        }
        if (name == null || name.isBlank()) {
            name = suggestedName == null || suggestedName.length() <= 255 ? suggestedName
                    : suggestedName.substring(0, 255);
        }
        show(dataSourceId, statement, found);
    }

    private void show(long source, String statement, List<QuestionParameter> found) {
        sql = statement;
        dataSourceId = source;
        parameters = List.copyOf(found);
        Visualization shown = vizPanel.getVisualization();
        vizType = shown == null ? "table" : shown.type();
        vizSettings = shown == null ? Map.of() : new LinkedHashMap<>(shown.settings());
        PrimeFaces.current().executeScript("PF('questionSaveDialog').show()");
    }

    public void save() throws IOException {
        String slug = currentTenant.slug().orElseThrow();
        QuestionForm form = new QuestionForm(name, description, dataSourceId, sql, parameters,
                new Visualization(vizType, vizSettings), ROOT.equals(collection) ? null : Long.valueOf(collection),
                null, null);
        QuestionInfo saved = notices.fetch(() -> questions.create(slug, form)).orElse(null);
        if (saved != null) {
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(links.to("/question.xhtml?id=" + saved.id()));
        }
    }

    public List<CollectionChoice> getCollections() {
        if (collections == null) {
            collections = currentTenant.slug().flatMap(slug -> notices.fetch(() -> places.choices(slug)))
                    .orElse(List.of());
        }
        return collections;
    }

    public String key(CollectionChoice choice) {
        return keyOf(choice);
    }

    /** The select's value of a collection: its id, or {@link #ROOT}. */
    static String keyOf(CollectionChoice choice) {
        return choice.id() == null ? ROOT : choice.id().toString();
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

    public String getCollection() {
        return collection;
    }

    public void setCollection(String collection) {
        this.collection = collection;
    }
}
