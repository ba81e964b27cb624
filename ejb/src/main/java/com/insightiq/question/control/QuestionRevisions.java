package com.insightiq.question.control;

import com.insightiq.platform.control.NotFoundException;
import com.insightiq.question.entity.QuestionRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** A question's numbered revisions in the current tenant schema (the caller's transaction chose it). */
@ApplicationScoped
public class QuestionRevisions {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    /** Writes the next revision: 1 for a new question, else one more than the latest. */
    public QuestionRevision write(long questionId, long userId, String summary, String snapshot) {
        Integer latest = em.createNamedQuery(QuestionRevision.LATEST_NUMBER, Integer.class)
                .setParameter("question", questionId).getSingleResult();
        QuestionRevision revision = new QuestionRevision(questionId, latest == null ? 1 : latest + 1, userId,
                summary.length() > 1000 ? summary.substring(0, 999) + "…" : summary, snapshot);
        em.persist(revision);
        return revision;
    }

    /** Newest first. */
    public List<QuestionRevision> of(long questionId) {
        return em.createNamedQuery(QuestionRevision.OF_QUESTION, QuestionRevision.class)
                .setParameter("question", questionId).getResultList();
    }

    public QuestionRevision find(long questionId, int number) {
        return em.createNamedQuery(QuestionRevision.BY_NUMBER, QuestionRevision.class)
                .setParameter("question", questionId).setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Question " + questionId + " has no revision " + number
                        + "."));
    }
}
