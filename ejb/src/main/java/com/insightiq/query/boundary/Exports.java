package com.insightiq.query.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.jobs.control.JobQueue;
import com.insightiq.jobs.entity.JobRun;
import com.insightiq.jobs.entity.JobStatus;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.query.control.ExportFiles;
import com.insightiq.query.control.ExportFormat;
import com.insightiq.query.control.ExportMode;
import com.insightiq.query.control.ParameterJson;
import com.insightiq.query.control.RowEstimates;
import com.insightiq.query.entity.QueryExport;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Large query exports as background jobs (JMS → Jakarta Batch) that leave a file for their owner. Exports are
 * private: only the member who asked sees or downloads one; anyone else, tenant admins included, gets 404.
 */
@Stateless
public class Exports {
    public static final String JOB = "query-export";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @Inject
    JobQueue queue;

    @Inject
    RowEstimates estimates;

    @Inject
    ExportFiles files;

    @Inject
    @ConfigProperty(name = "insightiq.export.background-rows", defaultValue = "500000")
    long backgroundRows;

    /**
     * Queues the export as a job when asked to ({@code TRUE}) or when the planner expects more rows than
     * {@code insightiq.export.background-rows} ({@code AUTO}); empty means: stream it now. Checks the query first
     * (role, source, template values, read-only SQL), so a bad request fails here with 400 and queues nothing. The
     * run and the message commit together.
     */
    public Optional<ExportInfo> background(String slug, QueryForm form, ExportFormat format, ExportMode mode,
                                           String noticeLink) {
        if (mode == ExportMode.FALSE) {
            return Optional.empty();
        }
        Tenant tenant = access.enter(slug, "query", "run");
        long userId = caller.userId();
        OptionalLong estimate = estimates.estimate(new Slug(tenant.slug()), userId, form);
        if (mode == ExportMode.AUTO && (estimate.isEmpty() || estimate.getAsLong() <= backgroundRows)) {
            return Optional.empty();
        }
        JobRun run = new JobRun(JOB, userId);
        em.persist(run);
        em.flush();
        QueryExport export = new QueryExport(run.id(), format.code(), form.dataSourceId(), form.sql(),
                ParameterJson.write(form.parameters()), estimate.isPresent() ? estimate.getAsLong() : null,
                noticeLink);
        em.persist(export);
        queue.request(tenant.slug(), run.id(), JOB);
        return Optional.of(info(run, export, Instant.now()));
    }

    /** The caller's own exports, newest first. */
    public List<ExportInfo> mine(String slug) {
        access.enter(slug, "query", "run");
        Instant now = Instant.now();
        return em.createQuery("SELECT j, e FROM JobRun j, QueryExport e WHERE e.jobRunId = j.id"
                        + " AND j.requestedBy = :user ORDER BY j.requestedAt DESC, j.id DESC", Object[].class)
                .setParameter("user", caller.userId()).setMaxResults(50).getResultStream()
                .map(row -> info((JobRun) row[0], (QueryExport) row[1], now)).toList();
    }

    public ExportInfo get(String slug, long id) {
        access.enter(slug, "query", "run");
        JobRun run = owned(slug, id);
        return info(run, em.find(QueryExport.class, id), Instant.now());
    }

    /** The file of a completed export of the caller's, while it is kept; 404 otherwise, saying why. */
    public ExportFile file(String slug, long id) {
        Tenant tenant = access.enter(slug, "query", "run");
        JobRun run = owned(slug, id);
        QueryExport export = em.find(QueryExport.class, id);
        ExportInfo info = info(run, export, Instant.now());
        if (!info.status().equals("completed")) {
            throw new NotFoundException(switch (info.status()) {
                case "expired" -> "The file of export " + id + " was removed after its lifetime; export again.";
                case "failed" -> "Export " + id + " failed, so there is no file: " + info.error();
                default -> "Export " + id + " is still " + info.status() + "; its file follows when it completes.";
            });
        }
        ExportFormat format = ExportFormat.of(export.format()).orElseThrow();
        Path path = files.file(new Slug(tenant.slug()), id, format);
        if (!Files.isRegularFile(path)) {
            throw new NotFoundException("The file of export " + id + " is gone; export again.");
        }
        return new ExportFile(path, info.fileName(), format.mediaType(), export.fileBytes().orElse(-1L));
    }

    /** Ids of the caller's exports that can be downloaded now (for the Jobs page's links). */
    public Set<Long> downloadable(String slug) {
        return mine(slug).stream().filter(e -> e.status().equals("completed")).map(ExportInfo::id)
                .collect(Collectors.toSet());
    }

    private JobRun owned(String slug, long id) {
        JobRun run = em.find(JobRun.class, id);
        if (run == null || !run.jobName().equals(JOB) || run.requestedBy() != caller.userId()
                || em.find(QueryExport.class, id) == null) {
            throw new NotFoundException("You have no export " + id + " in '" + slug + "'.");
        }
        return run;
    }

    static ExportInfo info(JobRun run, QueryExport export, Instant now) {
        ExportFormat format = ExportFormat.of(export.format()).orElseThrow();
        String status = switch (run.status()) {
            case QUEUED -> "queued";
            case STARTED -> "running";
            case FAILED -> "failed";
            case COMPLETED -> export.expiresAt().filter(now::isBefore).isPresent() ? "completed" : "expired";
        };
        return new ExportInfo(run.id(), status, format.code(), export.estimatedRows().orElse(null),
                export.rowCount().orElse(null), export.fileBytes().orElse(null),
                ExportFiles.downloadName(run.requestedAt(), format), run.requestedAt(), run.startedAt().orElse(null),
                run.finishedAt().orElse(null), export.expiresAt().orElse(null),
                run.status() == JobStatus.FAILED ? export.error().or(run::error).orElse(null) : null);
    }
}
