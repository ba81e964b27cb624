package com.insightiq.question.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.collection.control.CollectionRights;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.question.control.QuestionStore;
import com.insightiq.question.entity.Question;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The checks before running a question, in a transaction of their own: the run itself waits for the database and
 * must hold no transaction and no connection of the application's pool meanwhile.
 */
@ApplicationScoped
public class QuestionAccess {
    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @Inject
    CollectionRights rights;

    @Inject
    QuestionStore store;

    /** Who runs which question in which tenant. */
    public record Runner(Slug tenant, long userId, QuestionInfo question) {
    }

    /** {@code question:run} in the tenant and VIEW on the question's collection; 404 for an unknown question. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Runner forRun(String slug, long id) {
        Tenant tenant = access.enter(slug, Questions.RESOURCE, "run");
        Question question = store.find(slug, id);
        rights.require(slug, question.collectionId().orElse(null), CollectionAccess.VIEW);
        return new Runner(new Slug(tenant.slug()), caller.userId(), store.info(question));
    }
}
