package com.insightiq.catalog.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.catalog.boundary.CatalogViews.GlossaryEntry;
import com.insightiq.catalog.boundary.CatalogViews.GlossaryInput;
import com.insightiq.catalog.control.CatalogTexts;
import com.insightiq.catalog.entity.CatalogColumn;
import com.insightiq.catalog.entity.GlossaryTerm;
import com.insightiq.platform.control.ConflictException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The business glossary natural-language questions use: analysts read it, tenant admins keep it. */
@Stateless
public class Glossary {
    static final int MAX_SYNONYMS = 50;

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    public List<GlossaryEntry> list(String slug) {
        access.enter(slug, Catalog.RESOURCE, Catalog.VIEW);
        return em.createNamedQuery(GlossaryTerm.ALL, GlossaryTerm.class).getResultStream().map(Glossary::entry).toList();
    }

    public GlossaryEntry get(String slug, long id) {
        access.enter(slug, Catalog.RESOURCE, Catalog.VIEW);
        return entry(find(slug, id));
    }

    public GlossaryEntry create(String slug, GlossaryInput input) {
        access.enter(slug, Catalog.RESOURCE, Catalog.EDIT);
        GlossaryTerm term = new GlossaryTerm(caller.userId());
        define(term, input);
        em.persist(term);
        em.flush();
        return entry(term);
    }

    public GlossaryEntry update(String slug, long id, GlossaryInput input) {
        access.enter(slug, Catalog.RESOURCE, Catalog.EDIT);
        GlossaryTerm term = find(slug, id);
        define(term, input);
        em.flush();
        return entry(term);
    }

    public void delete(String slug, long id) {
        access.enter(slug, Catalog.RESOURCE, Catalog.EDIT);
        em.remove(find(slug, id));
    }

    private void define(GlossaryTerm term, GlossaryInput input) {
        String name = CatalogTexts.name("term", input.term());
        String definition = CatalogTexts.optionalText("definition", input.definition(), CatalogTexts.TEXT_LENGTH);
        if (definition == null) {
            throw new InvalidInputException("The definition is required.");
        }
        em.createNamedQuery(GlossaryTerm.BY_TERM, GlossaryTerm.class).setParameter("term", name).getResultStream()
                .filter(other -> !other.id().equals(term.id())).findFirst().ifPresent(other -> {
                    throw new ConflictException("The glossary already has the term '" + other.term() + "'.");
                });
        List<String> synonyms = input.synonyms() == null ? List.of() : input.synonyms();
        if (synonyms.size() > MAX_SYNONYMS) {
            throw new InvalidInputException("A term may have at most " + MAX_SYNONYMS + " synonyms.");
        }
        Set<String> seen = new LinkedHashSet<>();
        JsonArrayBuilder json = Json.createArrayBuilder();
        for (String synonym : synonyms) {
            String s = CatalogTexts.name("synonym", synonym);
            if (seen.add(s.toLowerCase(Locale.ROOT))) {
                json.add(s);
            }
        }
        if (input.columnId() != null && em.find(CatalogColumn.class, input.columnId()) == null) {
            throw new InvalidInputException("There is no catalog column " + input.columnId() + " to map the term to.");
        }
        term.define(name, definition, json.build().toString(), input.columnId(),
                CatalogTexts.optionalText("expression", input.expression(), CatalogTexts.EXPRESSION_LENGTH));
    }

    private GlossaryTerm find(String slug, long id) {
        GlossaryTerm term = em.find(GlossaryTerm.class, id);
        if (term == null) {
            throw new NotFoundException("There is no glossary term " + id + " in '" + slug + "'.");
        }
        return term;
    }

    static GlossaryEntry entry(GlossaryTerm t) {
        return new GlossaryEntry(t.id(), t.term(), t.definition(), Catalog.strings(t.synonymsJson()),
                t.columnId().orElse(null), t.expression().orElse(null), t.createdAt(), t.updatedAt());
    }
}
