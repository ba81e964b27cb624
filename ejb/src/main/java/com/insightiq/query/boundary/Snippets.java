package com.insightiq.query.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.platform.control.ConflictException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.query.entity.Snippet;
import com.insightiq.tenancy.control.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A tenant's reusable SQL snippets ({@code {{snippet: name}}}): analysts and admins keep them, viewers do not see
 * them. Names are unique in the tenant regardless of case.
 */
@Stateless
public class Snippets {
    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} _.\\-]{1,100}");
    static final int MAX_CONTENT = 100_000;
    static final int MAX_DESCRIPTION = 1000;

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    public List<SnippetInfo> list(String slug) {
        access.enter(slug, QueryAccess.RESOURCE, "view");
        return em.createNamedQuery(Snippet.ALL, Snippet.class).getResultStream().map(Snippets::info).toList();
    }

    public SnippetInfo get(String slug, long id) {
        access.enter(slug, QueryAccess.RESOURCE, "view");
        return info(find(slug, id));
    }

    public SnippetInfo create(String slug, SnippetForm form) {
        access.enter(slug, QueryAccess.RESOURCE, "edit");
        Snippet snippet = new Snippet(caller.userId());
        define(snippet, form);
        em.persist(snippet);
        em.flush();
        return info(snippet);
    }

    public SnippetInfo update(String slug, long id, SnippetForm form) {
        access.enter(slug, QueryAccess.RESOURCE, "edit");
        Snippet snippet = find(slug, id);
        define(snippet, form);
        em.flush();
        return info(snippet);
    }

    public void delete(String slug, long id) {
        access.enter(slug, QueryAccess.RESOURCE, "edit");
        em.remove(find(slug, id));
    }

    private void define(Snippet snippet, SnippetForm form) {
        if (form == null) {
            throw new InvalidInputException("Send {\"name\": …, \"content\": …, \"description\": …}.");
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInputException("A snippet name is 1 to 100 letters, digits, spaces, '_', '-' or '.'.");
        }
        if (form.content() == null || form.content().isBlank()) {
            throw new InvalidInputException("The snippet's content (SQL) is required.");
        }
        if (form.content().length() > MAX_CONTENT) {
            throw new InvalidInputException("A snippet may hold at most " + MAX_CONTENT + " characters of SQL.");
        }
        String description = form.description() == null || form.description().isBlank() ? null
                : form.description().strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("A description may be at most " + MAX_DESCRIPTION + " characters.");
        }
        em.createNamedQuery(Snippet.BY_NAME, Snippet.class).setParameter("name", name).getResultStream()
                .filter(other -> !other.id().equals(snippet.id())).findFirst().ifPresent(other -> {
                    throw new ConflictException("There is already a snippet named '" + other.name() + "'.");
                });
        snippet.define(name, form.content(), description);
    }

    private Snippet find(String slug, long id) {
        Snippet snippet = em.find(Snippet.class, id);
        if (snippet == null) {
            throw new NotFoundException("There is no snippet " + id + " in '" + slug + "'.");
        }
        return snippet;
    }

    static SnippetInfo info(Snippet s) {
        return new SnippetInfo(s.id(), s.name(), s.content(), s.description().orElse(null), s.createdBy(),
                s.createdAt(), s.updatedAt());
    }
}
