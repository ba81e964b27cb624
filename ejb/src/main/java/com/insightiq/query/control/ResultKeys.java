package com.insightiq.query.control;

import com.insightiq.tenancy.entity.Slug;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The cache key of a result: tenant, data source and its version (an edited source never serves old rows), the
 * compiled SQL and every bind with its type, hashed so keys stay short whatever the SQL's size.
 */
public final class ResultKeys {
    private ResultKeys() {
    }

    public static String of(Slug tenant, long dataSourceId, int sourceVersion, CompiledSql compiled) {
        StringBuilder text = new StringBuilder(compiled.sql().length() + 64)
                .append(tenant.schema()).append('\u0000').append(dataSourceId).append('\u0000').append(sourceVersion)
                .append('\u0000').append(compiled.sql());
        for (Object bind : compiled.binds()) {
            text.append('\u0000').append(bind == null ? "null" : bind.getClass().getName()).append('=').append(bind);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
