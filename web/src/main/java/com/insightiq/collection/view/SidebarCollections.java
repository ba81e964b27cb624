package com.insightiq.collection.view;

import com.insightiq.collection.boundary.BookmarkInfo;
import com.insightiq.collection.boundary.Bookmarks;
import com.insightiq.platform.view.CurrentUser;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The sidebar's bookmarks, read once per request; a member without collection access simply has none. */
@Named("sidebarCollections")
@RequestScoped
public class SidebarCollections {
    @Inject
    Bookmarks bookmarks;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentUser currentUser;

    private List<BookmarkInfo> list;

    public List<BookmarkInfo> getBookmarks() {
        if (list == null) {
            list = List.of();
            if (currentTenant.slug().isPresent() && currentUser.isSignedIn() && currentUser.may("collection", "view")) {
                try {
                    list = bookmarks.list(currentTenant.require());
                } catch (RuntimeException e) {
                    list = List.of(); // the sidebar never breaks a page; the page itself reports refusals
                }
            }
        }
        return list;
    }

    public String href(BookmarkInfo b) {
        return switch (b.type()) {
            case "collection" -> currentTenant.url("/collection/" + b.id());
            case "dashboard" -> currentTenant.url("/dashboard/" + b.id());
            default -> currentTenant.url("/" + b.type() + ".xhtml?id=" + b.id());
        };
    }
}
