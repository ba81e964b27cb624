-- The catalog: what a sync found in a data source, what tenant admins said about it, and the business glossary.
-- Sync writes with JDBC (schema-qualified); display_name/description/hidden/overrides are the admins' and survive syncs.

-- One row per sync run. At most one QUEUED/RUNNING sync per data source (the partial unique index).
CREATE TABLE catalog_sync (
    id                  BIGSERIAL PRIMARY KEY,
    data_source_id      BIGINT       NOT NULL REFERENCES data_source (id) ON DELETE CASCADE,
    job_run_id          BIGINT       NOT NULL UNIQUE REFERENCES job_run (id) ON DELETE CASCADE,
    trigger             VARCHAR(16)  NOT NULL CHECK (trigger IN ('CREATE', 'MANUAL', 'SCHEDULE')),
    fingerprint         VARCHAR(16)  NOT NULL DEFAULT 'CHANGED' CHECK (fingerprint IN ('ALL', 'CHANGED', 'NONE')),
    status              VARCHAR(16)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    tables_total        INTEGER,
    tables_done         INTEGER      NOT NULL DEFAULT 0,
    added               INTEGER      NOT NULL DEFAULT 0,
    changed             INTEGER      NOT NULL DEFAULT 0,
    removed             INTEGER      NOT NULL DEFAULT 0,
    fingerprinted       INTEGER      NOT NULL DEFAULT 0,
    -- The last table whose chunk committed: a fresh execution of an interrupted sync resumes after it.
    resume_schema       TEXT,
    resume_name         TEXT,
    attempts            INTEGER      NOT NULL DEFAULT 0,
    requested_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    error               TEXT
);
CREATE UNIQUE INDEX catalog_sync_one_active ON catalog_sync (data_source_id) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX catalog_sync_history ON catalog_sync (data_source_id, id DESC);

CREATE TABLE catalog_table (
    id                  BIGSERIAL PRIMARY KEY,
    data_source_id      BIGINT       NOT NULL REFERENCES data_source (id) ON DELETE CASCADE,
    schema_name         TEXT         NOT NULL,
    name                TEXT         NOT NULL,
    kind                VARCHAR(8)   NOT NULL CHECK (kind IN ('TABLE', 'VIEW')),
    estimated_rows      BIGINT,
    display_name        VARCHAR(200),
    description         VARCHAR(4000),
    hidden              BOOLEAN      NOT NULL DEFAULT FALSE,
    -- Hash of the described structure (columns, keys, indexes): equal hash = unchanged table.
    structure_hash      VARCHAR(64)  NOT NULL,
    -- The structure hash the last fingerprint saw; differs when the table changed since.
    fingerprint_hash    VARCHAR(64),
    fingerprinted_at    TIMESTAMPTZ,
    last_seen_sync      BIGINT       NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version             INTEGER      NOT NULL DEFAULT 0,
    UNIQUE (data_source_id, schema_name, name)
);

CREATE TABLE catalog_column (
    id                     BIGSERIAL PRIMARY KEY,
    table_id               BIGINT        NOT NULL REFERENCES catalog_table (id) ON DELETE CASCADE,
    name                   TEXT          NOT NULL,
    position               INTEGER       NOT NULL,
    database_type          TEXT          NOT NULL,
    jdbc_type              INTEGER       NOT NULL,
    nullable               BOOLEAN       NOT NULL,
    primary_key            BOOLEAN       NOT NULL,
    fk_target_column_id    BIGINT        REFERENCES catalog_column (id) ON DELETE SET NULL,
    fk_override_column_id  BIGINT        REFERENCES catalog_column (id) ON DELETE SET NULL,
    semantic_type          VARCHAR(16),
    semantic_type_override VARCHAR(16),
    display_name           VARCHAR(200),
    description            VARCHAR(4000),
    hidden                 BOOLEAN       NOT NULL DEFAULT FALSE,
    distinct_count         INTEGER,
    null_share             DOUBLE PRECISION,
    min_value              VARCHAR(255),
    max_value              VARCHAR(255),
    avg_length             DOUBLE PRECISION,
    sampled_rows           INTEGER,
    fingerprinted_at       TIMESTAMPTZ,
    last_seen_sync         BIGINT        NOT NULL,
    version                INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (table_id, name)
);
CREATE INDEX catalog_column_fk_target ON catalog_column (fk_target_column_id);
CREATE INDEX catalog_column_fk_override ON catalog_column (fk_override_column_id);

-- Foreign keys as the source declares them, one row per column pair; resolved to column ids after each full pass.
CREATE TABLE catalog_foreign_key (
    id                  BIGSERIAL PRIMARY KEY,
    table_id            BIGINT   NOT NULL REFERENCES catalog_table (id) ON DELETE CASCADE,
    name                TEXT,
    ordinal             INTEGER  NOT NULL,
    column_name         TEXT     NOT NULL,
    target_schema       TEXT,
    target_table        TEXT     NOT NULL,
    target_column       TEXT     NOT NULL
);
CREATE INDEX catalog_foreign_key_table ON catalog_foreign_key (table_id);

CREATE TABLE catalog_index (
    id                  BIGSERIAL PRIMARY KEY,
    table_id            BIGINT   NOT NULL REFERENCES catalog_table (id) ON DELETE CASCADE,
    name                TEXT,
    is_unique           BOOLEAN  NOT NULL,
    -- Column names in index order, as a JSON array of strings.
    columns             TEXT     NOT NULL
);
CREATE INDEX catalog_index_table ON catalog_index (table_id);

-- Distinct values of low-cardinality text columns (≤ 250 values of ≤ 255 characters): filter dropdowns, NLQ matching.
CREATE TABLE field_value (
    column_id           BIGINT        NOT NULL REFERENCES catalog_column (id) ON DELETE CASCADE,
    position            INTEGER       NOT NULL,
    value               VARCHAR(255)  NOT NULL,
    PRIMARY KEY (column_id, position)
);
CREATE INDEX field_value_lookup ON field_value (lower(value));

CREATE TABLE glossary_term (
    id                  BIGSERIAL PRIMARY KEY,
    term                VARCHAR(200)  NOT NULL,
    definition          VARCHAR(4000) NOT NULL,
    -- Synonyms as a JSON array of strings.
    synonyms            TEXT          NOT NULL DEFAULT '[]',
    column_id           BIGINT        REFERENCES catalog_column (id) ON DELETE SET NULL,
    expression          VARCHAR(2000),
    created_by          BIGINT        NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version             INTEGER       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX glossary_term_unique ON glossary_term (lower(term));
