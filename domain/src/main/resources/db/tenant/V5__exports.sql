-- Query exports that run in the background: the job_run row is the run (status, owner = requested_by, times); this
-- row holds what to run and the file it produced: exports/<tenant>/<job_run_id>.<format> in the data directory.
-- (No dollar-brace text in migrations: Flyway reads it as a placeholder.)
CREATE TABLE query_export (
    job_run_id      BIGINT       PRIMARY KEY REFERENCES job_run (id) ON DELETE CASCADE,
    format          VARCHAR(8)   NOT NULL CHECK (format IN ('csv', 'xlsx', 'json')),
    data_source_id  BIGINT       NOT NULL,
    sql_text        TEXT         NOT NULL,
    -- The request's template values as JSON ([{name, type, value, columnId, alias}]), bound again by the job.
    parameters      TEXT         NOT NULL DEFAULT '[]',
    estimated_rows  BIGINT,
    -- The Jobs page of the tenant, as the requester reached it: the ready notice links there.
    notice_link     TEXT,
    row_count       BIGINT,
    file_bytes      BIGINT,
    expires_at      TIMESTAMPTZ,
    error           TEXT
);
