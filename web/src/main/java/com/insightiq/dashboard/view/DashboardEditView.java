package com.insightiq.dashboard.view;

import com.insightiq.dashboard.boundary.DashboardForm;
import com.insightiq.dashboard.boundary.DashboardInfo;
import com.insightiq.dashboard.boundary.Dashboards;
import com.insightiq.platform.view.Notices;
import com.insightiq.question.boundary.QuestionInfo;
import com.insightiq.question.boundary.Questions;
import com.insightiq.search.boundary.Search;
import com.insightiq.search.boundary.SearchHit;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.PrimeFaces;

/**
 * The server side of the dashboard page's edit mode (the editing itself happens in dashboard-edit.js on a client-side
 * model): saving the whole model in one go, the saved questions a card may show (search as you type) and their
 * {@code {{parameters}}} for the filter wiring. Answers go back as callback params of the remote commands; a refused
 * save answers the boundary's sentence and leaves the page's model as it was.
 */
@Named("dashboardEditView")
@ViewScoped
public class DashboardEditView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final int MAX_HITS = 20;
    /** Texts of the script (the part of the key after this prefix), in the page's language. */
    private static final String SCRIPT_TEXTS = "dashboard.edit.js.";

    @Inject
    Dashboards dashboards;

    @Inject
    Questions questions;

    @Inject
    Search search;

    @Inject
    Notices notices;

    @Inject
    CurrentTenant currentTenant;

    private String slug;
    private long id;

    @PostConstruct
    void start() {
        slug = currentTenant.slug().orElse(null);
        id = idOf(parameter("id"));
    }

    /** Remote command: param {@code model} (a DashboardForm as JSON) → callback param {@code dashboard} or {@code problem}. */
    public void save() {
        PrimeFaces.Ajax ajax = PrimeFaces.current().ajax();
        long target = dashboardId();
        DashboardForm form;
        try {
            form = JSON.fromJson(parameter("model"), DashboardForm.class);
        } catch (JsonbException | NullPointerException bad) {
            ajax.addCallbackParam("problem", notices.text("dashboard.edit.badModel"));
            return;
        }
        if (slug == null || target <= 0 || form == null) {
            ajax.addCallbackParam("problem", notices.text("dashboard.edit.badModel"));
            return;
        }
        List<String> refusals = new ArrayList<>();
        notices.fetch(() -> dashboards.update(slug, target, form), refusals::add).ifPresentOrElse(
                saved -> ajax.addCallbackParam("dashboard", JSON.toJson(saved)),
                () -> ajax.addCallbackParam("problem", refusals.isEmpty()
                        ? notices.text("error.unexpected") : refusals.get(0)));
    }

    /**
     * Remote command: param {@code ids} (question ids, comma-separated) → callback param {@code questions}: per id its
     * name and parameters (name, type, label). Questions the caller cannot open are left out.
     */
    public void describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        String given = parameter("ids");
        if (slug != null && given != null) {
            Arrays.stream(given.split(",")).map(DashboardEditView::idOf).filter(q -> q > 0).distinct().limit(200)
                    .forEach(q -> notices.fetch(() -> questions.get(slug, q), ignored -> { })
                            .ifPresent(info -> described.put(Long.toString(q), describe(info))));
        }
        PrimeFaces.current().ajax().addCallbackParam("questions", JSON.toJson(described));
    }

    private static Map<String, Object> describe(QuestionInfo q) {
        List<Map<String, String>> parameters = q.parameters() == null ? List.of() : q.parameters().stream()
                .map(p -> Map.of("name", p.name(), "type", p.type() == null ? "text" : p.type(),
                        "label", p.label() == null ? p.name() : p.label()))
                .toList();
        return Map.of("id", q.id(), "name", q.name(), "parameters", parameters,
                "visualizationType", q.visualization() == null ? "table" : q.visualization().type());
    }

    /** Remote command: param {@code q} → callback param {@code hits}: saved questions [{id, name, collection}]. */
    public void find() {
        String text = parameter("q");
        List<Map<String, Object>> hits = new ArrayList<>();
        if (slug != null && text != null && !text.isBlank()) {
            List<SearchHit> found = notices.fetch(() -> search.find(slug, text.trim(), "question"), ignored -> { })
                    .orElse(List.of());
            found.stream().filter(h -> "question".equals(h.kind())).limit(MAX_HITS).forEach(h -> hits.add(Map.of(
                    "id", h.id(), "name", h.name(),
                    "collection", h.collection() == null || h.collection().name() == null ? ""
                            : h.collection().name())));
        } else if (slug != null) {
            notices.fetch(() -> questions.list(slug, null), ignored -> { }).orElse(List.of()).stream()
                    .limit(MAX_HITS).forEach(q -> hits.add(Map.of("id", q.id(), "name", q.name(), "collection", "")));
        }
        PrimeFaces.current().ajax().addCallbackParam("hits", JSON.toJson(hits));
        PrimeFaces.current().ajax().addCallbackParam("q", text == null ? "" : text);
    }

    /** The script's texts in the page's language, as JSON for a data attribute. */
    public String getTextsJson() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        Map<String, String> texts = new LinkedHashMap<>();
        if (bundle != null) {
            bundle.keySet().stream().filter(k -> k.startsWith(SCRIPT_TEXTS)).sorted()
                    .forEach(k -> texts.put(k.substring(SCRIPT_TEXTS.length()), bundle.getString(k)));
        }
        return JSON.toJson(texts);
    }

    /** The dashboard of the view; remote commands may name it (a view restored without its GET parameters). */
    long dashboardId() {
        long given = idOf(parameter("dashboard"));
        return given > 0 ? given : id;
    }

    public long getId() {
        return id;
    }

    static long idOf(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** For callers that hold a dashboard already: the JSON the page's model is made of. */
    static String json(DashboardInfo dashboard) {
        return JSON.toJson(dashboard);
    }
}
