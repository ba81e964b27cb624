package com.insightiq.collection.view;

import com.insightiq.collection.boundary.Bookmarks;
import com.insightiq.collection.boundary.CollectionChoice;
import com.insightiq.collection.boundary.CollectionForm;
import com.insightiq.collection.boundary.CollectionInfo;
import com.insightiq.collection.boundary.CollectionNode;
import com.insightiq.collection.boundary.CollectionOutline;
import com.insightiq.collection.boundary.Collections;
import com.insightiq.collection.boundary.ItemInfo;
import com.insightiq.collection.boundary.Trash;
import com.insightiq.collection.control.QuestionItems;
import com.insightiq.platform.view.Notices;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The collection browser: the tree on the left, the open collection's header, pinned items as cards and the rest in a
 * table; New, Move, Archive and the bookmark toggle. {@code ?id=} is a number, {@code root} or {@code personal}.
 */
@Named("collectionView")
@ViewScoped
public class CollectionView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Collections collections;

    @Inject
    Trash trash;

    @Inject
    Bookmarks bookmarks;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Notices notices;

    private String slug;
    private Long id;
    private boolean missing;
    private transient CollectionInfo info;
    private transient List<ItemInfo> items;
    private transient TreeNode<TreeEntry> tree;
    private transient List<CollectionChoice> choices;
    private Boolean bookmarked;

    private String newName;
    private String newDescription;
    private String editName;
    private String editDescription;
    private String moveTarget;

    @PostConstruct
    void start() {
        slug = currentTenant.slug().orElse(null);
        String text = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (slug == null) {
            return;
        }
        if (text == null || text.isBlank() || "root".equals(text)) {
            id = null;
        } else if ("personal".equals(text)) {
            id = notices.fetch(() -> collections.outline(slug)).map(o -> o.personal().id()).orElse(null);
        } else {
            try {
                id = Long.valueOf(text.strip());
            } catch (NumberFormatException e) {
                missing = true;
            }
        }
    }

    public CollectionInfo getInfo() {
        if (info == null && !missing && slug != null) {
            info = notices.fetch(() -> collections.get(slug, id)).orElse(null);
            missing = info == null;
        }
        return info;
    }

    public boolean isMissing() {
        return getInfo() == null;
    }

    public boolean isRoot() {
        return id == null;
    }

    public List<ItemInfo> getItems() {
        if (items == null && getInfo() != null && !info.archived()) {
            items = notices.fetch(() -> collections.items(slug, id)).orElse(List.of());
        }
        return items == null ? List.of() : items;
    }

    public List<ItemInfo> getPinned() {
        return getItems().stream().filter(ItemInfo::pinned).toList();
    }

    public List<ItemInfo> getUnpinned() {
        return getItems().stream().filter(i -> !i.pinned()).toList();
    }

    public String href(ItemInfo item) {
        return switch (item.kind()) {
            case "collection" -> currentTenant.url("/collection/" + item.id());
            case "question" -> currentTenant.url("/question.xhtml?id=" + item.id());
            case "dashboard" -> currentTenant.url("/dashboard/" + item.id());
            default -> currentTenant.url("/" + item.kind() + ".xhtml?id=" + item.id());
        };
    }

    public String icon(String kind) {
        return switch (kind) {
            case "collection" -> "pi-folder";
            case "question" -> "pi-chart-bar";
            case "dashboard" -> "pi-th-large";
            default -> "pi-file";
        };
    }

    public TreeNode<TreeEntry> getTree() {
        if (tree == null && slug != null) {
            tree = new DefaultTreeNode<>(new TreeEntry("", "", "", false), null);
            CollectionOutline outline = notices.fetch(() -> collections.outline(slug)).orElse(null);
            if (outline != null) {
                TreeNode<TreeEntry> root = add(tree, "root", Collections.ROOT_NAME, "pi-building");
                outline.shared().forEach(n -> add(root, n));
                root.setExpanded(true);
                add(tree, outline.personal()).setExpanded(true);
                if (!outline.others().isEmpty()) {
                    TreeNode<TreeEntry> others = add(tree, "", notices.text("collection.others"), "pi-users");
                    outline.others().forEach(n -> add(others, n));
                }
            }
        }
        return tree;
    }

    public List<CollectionChoice> getChoices() {
        if (choices == null && slug != null) {
            choices = notices.fetch(() -> collections.choices(slug)).orElse(List.of());
        }
        return choices;
    }

    public boolean isBookmarked() {
        if (bookmarked == null) {
            bookmarked = id != null && getInfo() != null
                    && notices.fetch(() -> bookmarks.has(slug, "collection", id)).orElse(false);
        }
        return bookmarked;
    }

    /** Toggles the bookmark and reloads the page, so the sidebar (read before the action ran) shows it. */
    public void toggleBookmark() throws IOException {
        boolean now = isBookmarked();
        if (notices.run(() -> {
            if (now) {
                bookmarks.remove(slug, "collection", id);
            } else {
                bookmarks.add(slug, "collection", id);
            }
        })) {
            bookmarked = !now;
            open(id);
        }
    }

    public void create() throws IOException {
        CollectionInfo created = notices.fetch(() -> collections.create(slug,
                new CollectionForm(newName, newDescription, id, null))).orElse(null);
        if (created != null) {
            open(created.id());
        }
    }

    public void prepareEdit() {
        editName = getInfo().name();
        editDescription = info.description();
        moveTarget = info.parentId() == null ? "root" : Long.toString(info.parentId());
    }

    public void save() throws IOException {
        Long parent = "root".equals(moveTarget) || moveTarget == null ? null : Long.valueOf(moveTarget);
        if (notices.fetch(() -> collections.update(slug, id, new CollectionForm(editName, editDescription, parent,
                null))).isPresent()) {
            open(id);
        }
    }

    public void archive() throws IOException {
        Long parent = getInfo().parentId();
        if (notices.run(() -> trash.archive(slug, id))) {
            notices.info("collection.archived", info.name());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    currentTenant.url("/collection/" + (parent == null ? "root" : parent)));
        }
    }

    public void pin(ItemInfo item, boolean pinned) {
        if (notices.run(() -> collections.pin(slug, id, item.kind(), item.id(), pinned))) {
            items = null;
        }
    }

    public boolean mayPin(ItemInfo item) {
        return getInfo() != null && info.curate() && QuestionItems.KIND.equals(item.kind());
    }

    private void open(Long target) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(currentTenant.url("/collection/" + target));
    }

    private TreeNode<TreeEntry> add(TreeNode<TreeEntry> parent, CollectionNode node) {
        TreeNode<TreeEntry> added = add(parent, Long.toString(node.id()), node.name(),
                node.personal() ? "pi-user" : "pi-folder");
        node.children().forEach(k -> add(added, k));
        if (Long.valueOf(node.id()).equals(id)
                || getInfo() != null && info.path().stream().anyMatch(c -> c.id() != null && c.id() == node.id())) {
            added.setExpanded(true);
        }
        return added;
    }

    private TreeNode<TreeEntry> add(TreeNode<TreeEntry> parent, String nodeId, String name, String icon) {
        boolean current = nodeId.equals(id == null ? "root" : Long.toString(id));
        return new DefaultTreeNode<>(new TreeEntry(nodeId, name, icon, current), parent);
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditDescription() {
        return editDescription;
    }

    public void setEditDescription(String editDescription) {
        this.editDescription = editDescription;
    }

    public String getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(String moveTarget) {
        this.moveTarget = moveTarget;
    }
}
