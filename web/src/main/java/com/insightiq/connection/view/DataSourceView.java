package com.insightiq.connection.view;

import com.insightiq.connection.boundary.ConnectionCheckResult;
import com.insightiq.connection.boundary.DataSourceForm;
import com.insightiq.connection.boundary.DataSourceInfo;
import com.insightiq.connection.boundary.DataSources;
import com.insightiq.connection.entity.Engine;
import com.insightiq.connection.entity.SslMode;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.platform.view.Links;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Adds or edits one data source: the engine chooses the default port, "Test connection" asks the boundary before
 * anything is stored, and Save stores it. A refusal is shown beside the buttons, where the person is looking.
 */
@Named("dataSourceView")
@ViewScoped
public class DataSourceView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DataSources dataSources;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Links links;

    @Inject
    Notices notices;

    private Long id;
    private boolean loaded;
    private boolean found = true;
    private DataSourceFields fields = new DataSourceFields();
    private String shownEngine = fields.getEngine();
    private Check check;
    private String problem;

    /** The last connection test: {@code ok} with the server version, or the problem in the boundary's words. */
    public record Check(boolean ok, String message, String serverVersion, long durationMs) implements Serializable {
    }

    /** f:viewAction: loads the source named by ?id= once, or starts an empty form. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id != null && mayManage()) {
            Optional<DataSourceInfo> source = notices.fetch(() -> dataSources.get(slug(), id));
            source.ifPresentOrElse(s -> fields = DataSourceFields.of(s), () -> found = false);
            shownEngine = fields.getEngine();
        }
    }

    /** The engine changed: its default port replaces a port that was still the old engine's default. */
    public void engineChanged() {
        Integer oldDefault = Engine.fromCode(shownEngine).map(Engine::defaultPort).orElse(null);
        if (fields.getPort() == null || fields.getPort().equals(oldDefault)) {
            fields.setPort(Engine.fromCode(fields.getEngine()).map(Engine::defaultPort).orElse(null));
        }
        shownEngine = fields.getEngine();
        check = null;
    }

    public void test() {
        problem = null;
        check = null;
        DataSourceForm form = fields.toForm();
        notices.fetch(() -> dataSources.test(slug(), id, form), refusal -> problem = refusal)
                .ifPresent(this::show);
    }

    public void save() {
        problem = null;
        DataSourceForm form = fields.toForm();
        Optional<DataSourceInfo> saved = notices.fetch(() -> id == null ? dataSources.create(slug(), form)
                : dataSources.update(slug(), id, form), refusal -> problem = refusal);
        saved.ifPresent(source -> {
            notices.info(id == null ? "datasources.added" : "datasources.saved", source.name());
            redirect(links.to("/settings/datasources.xhtml"));
        });
    }

    public void addOption() {
        fields.addOption();
    }

    public void removeOption(DataSourceFields.Option option) {
        fields.removeOption(option);
    }

    private void show(ConnectionCheckResult result) {
        check = new Check(result.ok(), result.message(), result.serverVersion(), result.durationMs());
    }

    private static void redirect(String url) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String slug() {
        return currentTenant.slug().orElseThrow();
    }

    public boolean mayManage() {
        return currentTenant.slug().isPresent() && currentUser.may("datasource", "manage");
    }

    public List<Engine> getEngines() {
        return Arrays.asList(Engine.values());
    }

    public List<String> getSslModes() {
        return Arrays.stream(SslMode.values()).map(SslMode::code).toList();
    }

    public boolean isEditing() {
        return id != null;
    }

    public boolean isFound() {
        return found;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DataSourceFields getFields() {
        return fields;
    }

    public Check getCheck() {
        return check;
    }

    public String getProblem() {
        return problem;
    }
}
