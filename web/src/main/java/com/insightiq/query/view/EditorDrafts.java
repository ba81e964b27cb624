package com.insightiq.query.view;

import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.viz.boundary.Visualization;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Queries another page hands to the SQL editor (a question's drill-through): kept in the session under a random key
 * the editor's address carries ({@code ?draft=}), taken once. SQL and values never travel in the address. Drafts are
 * not kept across passivation (boundary records are not serializable): the editor then simply opens empty.
 */
@SessionScoped
public class EditorDrafts implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A person opens few drafts at once; the oldest untaken ones go first. */
    static final int KEEP = 10;

    /** What the editor opens: the source, the SQL, its variables' values and the visualization to draw it with. */
    public record Draft(long dataSourceId, String sql, List<ParameterForm> values, Visualization visualization) {
    }

    private transient Map<String, Draft> drafts;

    public synchronized String put(Draft draft) {
        String key = UUID.randomUUID().toString();
        drafts().put(key, draft);
        while (drafts.size() > KEEP) {
            drafts.remove(drafts.keySet().iterator().next());
        }
        return key;
    }

    public synchronized Optional<Draft> take(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(drafts().remove(key));
    }

    private Map<String, Draft> drafts() {
        if (drafts == null) {
            drafts = new LinkedHashMap<>();
        }
        return drafts;
    }
}
