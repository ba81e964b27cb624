-- Every run of the query engine (interactive, paging, export), for a person's history and the tenant admins' log.
-- execution_id is the UUID the API hands out; parameters is the JSON the caller sent.
CREATE TABLE query_run (
    execution_id     VARCHAR(36)   PRIMARY KEY,
    user_id          BIGINT        NOT NULL,
    data_source_id   BIGINT        NOT NULL,
    purpose          VARCHAR(16)   NOT NULL CHECK (purpose IN ('INTERACTIVE', 'PAGE', 'EXPORT')),
    sql_text         TEXT          NOT NULL,
    parameters       TEXT          NOT NULL DEFAULT '[]',
    status           VARCHAR(16)   NOT NULL CHECK (status IN ('COMPLETED', 'FAILED', 'CANCELLED', 'TIMEOUT')),
    row_count        BIGINT,
    duration_ms      BIGINT,
    error_code       VARCHAR(32),
    error            TEXT,
    cached           BOOLEAN       NOT NULL DEFAULT FALSE,
    started_at       TIMESTAMPTZ   NOT NULL,
    finished_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX query_run_user ON query_run (user_id, started_at DESC);
CREATE INDEX query_run_started ON query_run (started_at DESC);

-- Reusable SQL pieces, {{snippet: name}} in a query. Names are unique per tenant regardless of case.
CREATE TABLE sql_snippet (
    id            BIGSERIAL     PRIMARY KEY,
    name          VARCHAR(100)  NOT NULL,
    content       TEXT          NOT NULL,
    description   VARCHAR(1000),
    created_by    BIGINT        NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version       INTEGER       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX sql_snippet_name ON sql_snippet (lower(name));

-- Query settings of a tenant live in tenant_setting (query.timeout-seconds, query.max-concurrent,
-- query.cache-ttl-seconds); absent rows mean the operator's defaults.
