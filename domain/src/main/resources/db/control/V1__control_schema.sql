-- Control schema: what every tenant shares. Tenant data lives in schemas tenant_<slug> (db/tenant).
-- The Jakarta Batch job repository (Payara creates its tables on first use) lives beside it.
CREATE SCHEMA IF NOT EXISTS batch;

CREATE TABLE tenant (
    id          BIGSERIAL PRIMARY KEY,
    slug        VARCHAR(31)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    status      VARCHAR(16)  NOT NULL CHECK (status IN ('PROVISIONING', 'ACTIVE', 'SUSPENDED')),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE tenant_host (
    host        VARCHAR(253) PRIMARY KEY,
    tenant_id   BIGINT NOT NULL REFERENCES tenant (id) ON DELETE CASCADE
);

CREATE TABLE app_user (
    id               BIGSERIAL PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    password_hash    VARCHAR(512) NOT NULL,
    failed_attempts  INTEGER      NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,
    time_zone        VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));

CREATE TABLE membership (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    tenant_id   BIGINT      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    role        VARCHAR(16) NOT NULL CHECK (role IN ('ADMIN', 'ANALYST', 'VIEWER')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (user_id, tenant_id)
);
CREATE INDEX membership_tenant ON membership (tenant_id);

CREATE TABLE platform_admin (
    user_id     BIGINT PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE
);

-- API bearer tokens and password-reset tokens are stored as SHA-256 hashes: a database dump does not sign anyone in.
CREATE TABLE api_token (
    token_hash    CHAR(64)    PRIMARY KEY,
    user_id       BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX api_token_user ON api_token (user_id);

CREATE TABLE password_reset (
    token_hash    CHAR(64)    PRIMARY KEY,
    user_id       BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at    TIMESTAMPTZ NOT NULL,
    used_at       TIMESTAMPTZ
);
