-- Dashboards: a grid of cards (saved questions, text, headings, links) in tabs, with dashboard-level filters wired to
-- the cards' template variables, revisions as for questions, and what members last opened (Home's "recents").

-- tabs and filters are small JSON lists owned by the dashboard and always read with it:
--   tabs    [{"id": "t1", "name": "Overview"}]                       (empty: one unnamed tab)
--   filters [{"id": "created", "name": "Created", "type": "date", "default": "past12months", "required": false,
--             "columnId": 12, "linkedTo": ["country"]}]              (see DashboardFilter for every field)
-- auto_refresh_minutes: one of 1, 5, 10, 30, 60, or NULL for none.
CREATE TABLE dashboard (
    id                    BIGSERIAL      PRIMARY KEY,
    name                  VARCHAR(255)   NOT NULL,
    description           VARCHAR(4000),
    collection_id         BIGINT         REFERENCES collection (id),
    owner_id              BIGINT         NOT NULL,
    tabs                  TEXT           NOT NULL DEFAULT '[]',
    filters               TEXT           NOT NULL DEFAULT '[]',
    auto_refresh_minutes  INTEGER        CHECK (auto_refresh_minutes IS NULL
                                                OR auto_refresh_minutes IN (1, 5, 10, 30, 60)),
    pinned                BOOLEAN        NOT NULL DEFAULT FALSE,
    embedding_enabled     BOOLEAN        NOT NULL DEFAULT FALSE,
    archived_at           TIMESTAMPTZ,
    archived_by           BIGINT,
    created_by            BIGINT         NOT NULL,
    created_at            TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version               INTEGER        NOT NULL DEFAULT 0
);
CREATE INDEX dashboard_collection ON dashboard (collection_id);
ALTER TABLE dashboard ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (search_document(name, description)) STORED;
CREATE INDEX dashboard_search ON dashboard USING GIN (search_vector);

-- One card on the 24-column grid. question_id has no foreign key on purpose (as question.data_source_id): deleting a
-- question from the trash leaves the card, which then says the question is gone. tab: a tab id of the dashboard's
-- tabs, NULL on a dashboard without tabs.
--   settings  {"title": …, "text": markdown (TEXT/HEADING), "url": … (LINK), "hideTitle": bool}
--   mappings  [{"filterId": "created", "parameter": "created_at"}]   (filter → the question's {{variable}})
--   click     {"action": "filter"|"question"|"dashboard"|"url", "filterId", "column", "targetId", "url", "pass": {…}}
CREATE TABLE dashboard_card (
    id            BIGSERIAL     PRIMARY KEY,
    dashboard_id  BIGINT        NOT NULL REFERENCES dashboard (id) ON DELETE CASCADE,
    kind          VARCHAR(16)   NOT NULL CHECK (kind IN ('QUESTION', 'TEXT', 'HEADING', 'LINK')),
    question_id   BIGINT,
    tab           VARCHAR(64),
    col           INTEGER       NOT NULL CHECK (col >= 0 AND col < 24),
    row_index     INTEGER       NOT NULL CHECK (row_index >= 0),
    width         INTEGER       NOT NULL CHECK (width >= 1 AND width <= 24 AND col + width <= 24),
    height        INTEGER       NOT NULL CHECK (height >= 1 AND height <= 48),
    settings      TEXT          NOT NULL DEFAULT '{}',
    mappings      TEXT          NOT NULL DEFAULT '[]',
    click         TEXT,
    CHECK ((kind = 'QUESTION') = (question_id IS NOT NULL))
);
CREATE INDEX dashboard_card_dashboard ON dashboard_card (dashboard_id);
CREATE INDEX dashboard_card_question ON dashboard_card (question_id) WHERE question_id IS NOT NULL;

-- Every saved state of a dashboard, numbered from 1 (creation); snapshot is the dashboard's JSON as the API returns it.
CREATE TABLE dashboard_revision (
    id            BIGSERIAL      PRIMARY KEY,
    dashboard_id  BIGINT         NOT NULL REFERENCES dashboard (id) ON DELETE CASCADE,
    number        INTEGER        NOT NULL,
    user_id       BIGINT         NOT NULL,
    created_at    TIMESTAMPTZ    NOT NULL DEFAULT now(),
    summary       VARCHAR(1000)  NOT NULL,
    snapshot      TEXT           NOT NULL,
    UNIQUE (dashboard_id, number)
);

-- What a member opened last (Home's "recents"): one row per member and item, moved to the top on every view.
CREATE TABLE recent_view (
    user_id    BIGINT       NOT NULL,
    item_type  VARCHAR(16)  NOT NULL CHECK (item_type IN ('QUESTION', 'DASHBOARD')),
    item_id    BIGINT       NOT NULL,
    viewed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, item_type, item_id)
);
CREATE INDEX recent_view_user ON recent_view (user_id, viewed_at DESC);

-- Dashboard card runs are logged like any query, with the question they ran and the dashboard they were on.
ALTER TABLE query_run ADD COLUMN dashboard_id BIGINT;

-- The tenant's embedding secret (HS256, base64url, 256 bits) lives in tenant_setting ('embedding.secret'); absent
-- until a tenant admin turns embedding on.
