-- Saved questions, their revisions, collections with per-role grants, and members' bookmarks.
-- User ids point into the control schema (app_user), so they carry no foreign key here.

-- "Our analytics" is the virtual root: items with collection_id NULL. A personal collection is a top-level
-- collection with personal_owner_id set; its sub-collections carry the same personal_owner_id, so "is this private,
-- and whose" is one column away for every collection. location is the materialised path of ancestor ids
-- ('/' for top level, '/4/9/' below 4 → 9), as in Metabase: subtree reads are one LIKE, moves one UPDATE.
CREATE TABLE collection (
    id                 BIGSERIAL      PRIMARY KEY,
    name               VARCHAR(255)   NOT NULL,
    description        VARCHAR(4000),
    parent_id          BIGINT         REFERENCES collection (id),
    location           VARCHAR(2000)  NOT NULL DEFAULT '/',
    personal_owner_id  BIGINT,
    archived_at        TIMESTAMPTZ,
    archived_by        BIGINT,
    created_by         BIGINT         NOT NULL,
    created_at         TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version            INTEGER        NOT NULL DEFAULT 0,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX collection_parent ON collection (parent_id);
CREATE INDEX collection_location ON collection (location text_pattern_ops);
CREATE UNIQUE INDEX collection_personal_root ON collection (personal_owner_id)
    WHERE personal_owner_id IS NOT NULL AND parent_id IS NULL;

-- What a role may do in a collection and, unless a sub-collection says otherwise, below it. collection_id NULL is the
-- root. No row anywhere up the path means the defaults: analysts curate, viewers view. Admins always curate;
-- personal collections are their owner's (and readable by tenant admins), whatever grants say.
CREATE TABLE collection_grant (
    id             BIGSERIAL    PRIMARY KEY,
    collection_id  BIGINT       REFERENCES collection (id) ON DELETE CASCADE,
    role           VARCHAR(16)  NOT NULL CHECK (role IN ('ANALYST', 'VIEWER')),
    access         VARCHAR(16)  NOT NULL CHECK (access IN ('NONE', 'VIEW', 'CURATE'))
);
CREATE UNIQUE INDEX collection_grant_role ON collection_grant (COALESCE(collection_id, 0), role);

-- A saved question. parameters is the JSON list of the SQL's template variables as the owner configured them
-- (name, type, label, default, required, columnId); visualization_settings the JSON object of the chart's settings.
-- data_source_id has no foreign key on purpose: removing a data source must not fail because of questions, and a
-- question whose source is gone says so when it runs.
CREATE TABLE question (
    id                      BIGSERIAL      PRIMARY KEY,
    name                    VARCHAR(255)   NOT NULL,
    description             VARCHAR(4000),
    data_source_id          BIGINT         NOT NULL,
    sql_text                TEXT           NOT NULL,
    parameters              TEXT           NOT NULL DEFAULT '[]',
    visualization_type      VARCHAR(32)    NOT NULL,
    visualization_settings  TEXT           NOT NULL DEFAULT '{}',
    collection_id           BIGINT         REFERENCES collection (id),
    owner_id                BIGINT         NOT NULL,
    cache_ttl_seconds       INTEGER        CHECK (cache_ttl_seconds IS NULL OR cache_ttl_seconds >= 0),
    pinned                  BOOLEAN        NOT NULL DEFAULT FALSE,
    archived_at             TIMESTAMPTZ,
    archived_by             BIGINT,
    created_by              BIGINT         NOT NULL,
    created_at              TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at              TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version                 INTEGER        NOT NULL DEFAULT 0
);
CREATE INDEX question_collection ON question (collection_id);

-- Every saved state of a question, numbered from 1 (creation). snapshot is the JSON of the question's content as the
-- API returns it; summary says what changed in words ("renamed", "changed the SQL", "restored revision 1").
CREATE TABLE question_revision (
    id           BIGSERIAL      PRIMARY KEY,
    question_id  BIGINT         NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    number       INTEGER        NOT NULL,
    user_id      BIGINT         NOT NULL,
    created_at   TIMESTAMPTZ    NOT NULL DEFAULT now(),
    summary      VARCHAR(1000)  NOT NULL,
    snapshot     TEXT           NOT NULL,
    UNIQUE (question_id, number)
);

-- A member's bookmarks (sidebar). item_id is a question, collection or (later) dashboard id of this tenant.
CREATE TABLE bookmark (
    user_id     BIGINT       NOT NULL,
    item_type   VARCHAR(16)  NOT NULL CHECK (item_type IN ('QUESTION', 'COLLECTION', 'DASHBOARD')),
    item_id     BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, item_type, item_id)
);

-- Runs of saved questions are logged like any query, with the question they ran.
ALTER TABLE query_run DROP CONSTRAINT query_run_purpose_check;
ALTER TABLE query_run ADD CONSTRAINT query_run_purpose_check
    CHECK (purpose IN ('INTERACTIVE', 'PAGE', 'EXPORT', 'QUESTION'));
ALTER TABLE query_run ADD COLUMN question_id BIGINT;
CREATE INDEX query_run_question ON query_run (question_id, started_at DESC) WHERE question_id IS NOT NULL;

-- The tenant's reporting time zone lives in tenant_setting ('viz.time-zone', an IANA id); absent means the operator's
-- default (insightiq.viz.time-zone, UTC).
