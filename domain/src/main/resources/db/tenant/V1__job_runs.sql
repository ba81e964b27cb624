-- Long work of a tenant (reports, syncs, exports): one row per request, whatever runs it.
CREATE TABLE job_run (
    id            BIGSERIAL PRIMARY KEY,
    job_name      VARCHAR(64)  NOT NULL,
    status        VARCHAR(16)  NOT NULL CHECK (status IN ('QUEUED', 'STARTED', 'COMPLETED', 'FAILED')),
    requested_by  BIGINT       NOT NULL,
    requested_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    execution_id  BIGINT,
    summary       TEXT,
    error         TEXT
);
CREATE INDEX job_run_requested_at ON job_run (requested_at DESC);

-- Output of the tenant usage report: one snapshot per run.
CREATE TABLE usage_snapshot (
    id            BIGSERIAL PRIMARY KEY,
    job_run_id    BIGINT      NOT NULL REFERENCES job_run (id) ON DELETE CASCADE,
    taken_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    admins        INTEGER     NOT NULL,
    analysts      INTEGER     NOT NULL,
    viewers       INTEGER     NOT NULL,
    tables        INTEGER     NOT NULL,
    schema_bytes  BIGINT      NOT NULL
);
