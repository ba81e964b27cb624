-- The tenant's own databases. Secrets are AES-GCM ciphertext (nonce || ciphertext || tag) under INSIGHTIQ_SECRET_KEY,
-- never plaintext; options are only the driver's allow-listed JDBC properties, as a JSON object of strings.
CREATE TABLE data_source (
    id                  BIGSERIAL PRIMARY KEY,
    name                VARCHAR(100) NOT NULL,
    engine              VARCHAR(16)  NOT NULL CHECK (engine IN ('POSTGRESQL', 'MYSQL', 'SQLSERVER', 'TRINO')),
    host                VARCHAR(253) NOT NULL,
    port                INTEGER      NOT NULL CHECK (port BETWEEN 1 AND 65535),
    database_name       VARCHAR(128) NOT NULL,
    username            VARCHAR(128) NOT NULL,
    password_secret     BYTEA,
    ssl_mode            VARCHAR(16)  NOT NULL DEFAULT 'PREFER',
    options             TEXT         NOT NULL DEFAULT '{}',
    ssh_host            VARCHAR(253),
    ssh_port            INTEGER      CHECK (ssh_port BETWEEN 1 AND 65535),
    ssh_user            VARCHAR(128),
    ssh_password_secret BYTEA,
    ssh_key_secret      BYTEA,
    allow_writes        BOOLEAN      NOT NULL DEFAULT FALSE,
    sync_schedule       VARCHAR(32)  NOT NULL DEFAULT 'daily 02:00',
    next_sync_at        TIMESTAMPTZ,
    created_by          BIGINT       NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version             INTEGER      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX data_source_name ON data_source (lower(name));

-- Settings a tenant admin changes for the whole tenant (pool bound per source, …), one row.
CREATE TABLE tenant_setting (
    name   VARCHAR(64) PRIMARY KEY,
    value  VARCHAR(256) NOT NULL
);
