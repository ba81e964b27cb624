-- Natural-language questions: what the tenant's admins taught the engine (synonyms), answers they verified, and what
-- people reported as wrong. The business glossary (glossary_term, V3) is the other half of the tenant's vocabulary.

-- A phrase that means a table, a column or one value of a column, for one data source. phrase_key is the phrase as
-- the linker compares it: lower-case lemmas separated by one space ("sales reps" -> "sale rep").
CREATE TABLE nlq_synonym (
    id                  BIGSERIAL PRIMARY KEY,
    data_source_id      BIGINT        NOT NULL REFERENCES data_source (id) ON DELETE CASCADE,
    phrase              VARCHAR(200)  NOT NULL,
    phrase_key          VARCHAR(200)  NOT NULL,
    target_kind         VARCHAR(8)    NOT NULL CHECK (target_kind IN ('TABLE', 'COLUMN', 'VALUE')),
    table_id            BIGINT        REFERENCES catalog_table (id) ON DELETE CASCADE,
    column_id           BIGINT        REFERENCES catalog_column (id) ON DELETE CASCADE,
    value               VARCHAR(255),
    created_by          BIGINT        NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version             INTEGER       NOT NULL DEFAULT 0,
    CHECK ((target_kind = 'TABLE' AND table_id IS NOT NULL AND column_id IS NULL AND value IS NULL)
        OR (target_kind = 'COLUMN' AND column_id IS NOT NULL AND value IS NULL)
        OR (target_kind = 'VALUE' AND column_id IS NOT NULL AND value IS NOT NULL))
);
CREATE UNIQUE INDEX nlq_synonym_unique ON nlq_synonym (data_source_id, phrase_key);

-- A question a curator confirmed: the structured query (JSON of NlQuery) is reused first when the same or a
-- paraphrased question comes again. question_key = the question's sorted content lemmas.
CREATE TABLE nlq_verified_answer (
    id                  BIGSERIAL PRIMARY KEY,
    data_source_id      BIGINT        NOT NULL REFERENCES data_source (id) ON DELETE CASCADE,
    question            VARCHAR(500)  NOT NULL,
    question_key        VARCHAR(500)  NOT NULL,
    query               TEXT          NOT NULL,
    created_by          BIGINT        NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version             INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (data_source_id, question_key)
);

-- "This is wrong": what was asked, what the engine answered, and what the person said; admins review these.
CREATE TABLE nlq_feedback (
    id                  BIGSERIAL PRIMARY KEY,
    data_source_id      BIGINT        NOT NULL REFERENCES data_source (id) ON DELETE CASCADE,
    question            VARCHAR(500)  NOT NULL,
    answer_status       VARCHAR(16)   NOT NULL CHECK (answer_status IN ('answered', 'ambiguous', 'cannot_answer')),
    interpretation      VARCHAR(4000),
    query               TEXT,
    sql                 TEXT,
    comment             VARCHAR(4000),
    state               VARCHAR(12)   NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'RESOLVED', 'DISMISSED')),
    created_by          BIGINT        NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    reviewed_by         BIGINT,
    reviewed_at         TIMESTAMPTZ
);
CREATE INDEX nlq_feedback_open ON nlq_feedback (state, created_at DESC);
