package com.insightiq.query.export;

import com.insightiq.query.control.CountedRows;
import com.insightiq.query.control.ExportFailures;
import com.insightiq.query.control.ExportFiles;
import com.insightiq.query.control.ExportLedger;
import com.insightiq.query.control.ExportNotice;
import com.insightiq.query.control.ExportWriter;
import com.insightiq.query.control.QueryEngine;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one background export: the engine streams every row through the format's writer into a {@code .part} file,
 * which becomes the export's file only once complete; then the owner is notified. Any failure removes the partial
 * file and records a reason the owner can read.
 */
@Named("queryExportBatchlet")
@Dependent
public class ExportBatchlet extends AbstractBatchlet {
    private static final Logger LOG = Logger.getLogger(ExportBatchlet.class.getName());
    private static final int BUFFER = 256 * 1024;

    @Inject
    JobContext jobContext;

    @Inject
    ExportLedger ledger;

    @Inject
    ExportFiles files;

    @Inject
    QueryEngine engine;

    @Inject
    ExportNotice notice;

    @Override
    public String process() throws Exception {
        ExportJob job = ExportJob.of(jobContext);
        ExportLedger.Order order = ledger.order(job.tenant(), job.exportId()).orElseThrow(() ->
                new IllegalStateException("No export " + job.exportId() + " in " + job.tenant()));
        files.createDirectory(job.tenant());
        Path partial = files.partial(job.tenant(), job.exportId(), order.format());
        Path file = files.file(job.tenant(), job.exportId(), order.format());
        long rows;
        try {
            rows = write(job, order, partial);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception | Error e) {
            Files.deleteIfExists(partial);
            LOG.log(Level.INFO, "Export " + job.exportId() + " of " + job.tenant() + " failed", e);
            ledger.failed(job.tenant(), job.exportId(), ExportFailures.reason(e));
            throw e;
        }
        long bytes = Files.size(file);
        Instant expiresAt = Instant.now().plus(files.keep());
        ledger.written(job.tenant(), job.exportId(), rows, bytes, expiresAt);
        notice.ready(order, rows, expiresAt);
        jobContext.setExitStatus(String.format("{\"format\":\"%s\",\"rows\":%d,\"fileBytes\":%d}",
                order.format().code(), rows, bytes));
        return "COMPLETED";
    }

    private long write(ExportJob job, ExportLedger.Order order, Path partial) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(files.createPrivate(partial)), BUFFER);
             ExportWriter writer = order.format().writer(out)) {
            CountedRows counted = new CountedRows(writer);
            engine.export(job.tenant(), order.userId(), order.form(), counted);
            if (!counted.finished()) {
                throw new IllegalStateException("The query stopped before its last row.");
            }
            return counted.rows();
        }
    }
}
