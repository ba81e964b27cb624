-- Public links: an unguessable token (256 random bits, base64url) that opens one dashboard of one tenant read-only,
-- without signing in. It lives in the control schema because the public address carries no tenant; revoking deletes
-- the row, so the address is 404 at once. created_by is the member whose rights the public runs use.
CREATE TABLE public_link (
    token         VARCHAR(64)  PRIMARY KEY,
    tenant_id     BIGINT       NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    item_type     VARCHAR(16)  NOT NULL CHECK (item_type IN ('DASHBOARD')),
    item_id       BIGINT       NOT NULL,
    created_by    BIGINT       NOT NULL REFERENCES app_user (id),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, item_type, item_id)
);
