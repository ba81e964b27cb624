package com.insightiq.query.control;

import com.insightiq.access.entity.User;
import com.insightiq.jobs.entity.JobRun;
import com.insightiq.query.boundary.QueryForm;
import com.insightiq.query.entity.QueryExport;
import com.insightiq.tenancy.control.TenantScope;
import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * The background export's rows as batch threads read and update them: no request there, so the tenant is passed in
 * and each change commits on its own (a failure later in the job does not undo what was recorded).
 */
@ApplicationScoped
public class ExportLedger {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantScope scope;

    /** What one export job must do, and for whom. */
    public record Order(long exportId, long userId, String email, ExportFormat format, QueryForm form,
                        Instant requestedAt, String noticeLink) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Order> order(Slug tenant, long exportId) {
        scope.enter(em, tenant.schema());
        JobRun run = em.find(JobRun.class, exportId);
        QueryExport export = em.find(QueryExport.class, exportId);
        if (run == null || export == null) {
            return Optional.empty();
        }
        User user = em.find(User.class, run.requestedBy());
        QueryForm form = new QueryForm(export.dataSourceId(), export.sql(), ParameterJson.read(export.parameters()),
                null, null);
        return Optional.of(new Order(exportId, run.requestedBy(), user == null ? null : user.email(),
                ExportFormat.of(export.format()).orElseThrow(), form, run.requestedAt(),
                export.noticeLink().orElse(null)));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(Slug tenant, long exportId, long batchExecutionId) {
        scope.enter(em, tenant.schema());
        Optional.ofNullable(em.find(JobRun.class, exportId)).ifPresent(run -> run.start(batchExecutionId));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void written(Slug tenant, long exportId, long rows, long bytes, Instant expiresAt) {
        scope.enter(em, tenant.schema());
        Optional.ofNullable(em.find(QueryExport.class, exportId)).ifPresent(e -> e.written(rows, bytes, expiresAt));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Slug tenant, long exportId, String reason) {
        scope.enter(em, tenant.schema());
        Optional.ofNullable(em.find(QueryExport.class, exportId)).ifPresent(e -> e.failed(reason));
    }

    /** The run ends: completed with the summary, or failed with the reason the export recorded (else a general one). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ended(Slug tenant, long exportId, boolean completed, String summary) {
        scope.enter(em, tenant.schema());
        JobRun run = em.find(JobRun.class, exportId);
        if (run == null) {
            return;
        }
        if (completed) {
            run.complete(summary);
            return;
        }
        String reason = Optional.ofNullable(em.find(QueryExport.class, exportId)).flatMap(QueryExport::error)
                .orElse("The export stopped; the server log has the details.");
        run.fail(reason);
    }
}
