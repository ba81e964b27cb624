package com.insightiq.dashboard.control;

import com.insightiq.tenancy.entity.Slug;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a signed embedding token: HS256 only (never {@code none} or another algorithm, whatever the header says),
 * signed with the secret of the tenant its unverified {@code tenant} claim names, {@code exp} present and not past
 * (a minute of clock skew), {@code resource.dashboard} a positive id. The HMAC key is the secret's text as given to the
 * admin (its UTF-8 bytes), as common JWT libraries use a string secret. Every failure is the same {@link Invalid}:
 * the embedding page learns nothing about why.
 */
public final class EmbedTokens {
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    static final int MAX_LENGTH = 8192;

    /** What a verified token grants: one dashboard of one tenant with locked filter values (decoded JSON). */
    public record Claims(Slug tenant, long dashboardId, Map<String, Object> params) {
    }

    /** Any reason a token does not open anything; deliberately without detail. */
    public static final class Invalid extends RuntimeException {
        public Invalid() {
            super("invalid or expired embedding token", null, false, false);
        }
    }

    private EmbedTokens() {
    }

    /** {@code secretOf}: the embedding secret of an active tenant, empty when it has none (or does not exist). */
    public static Claims verify(String jwt, Function<Slug, Optional<String>> secretOf, Instant now) {
        if (jwt == null || jwt.isEmpty() || jwt.length() > MAX_LENGTH) {
            throw new Invalid();
        }
        try {
            SignedJWT signed = SignedJWT.parse(jwt);
            if (!JWSAlgorithm.HS256.equals(signed.getHeader().getAlgorithm())) {
                throw new Invalid();
            }
            JWTClaimsSet unverified = signed.getJWTClaimsSet();
            Slug tenant = tenant(unverified.getClaim("tenant"));
            String secret = secretOf.apply(tenant).orElseThrow(Invalid::new);
            if (!signed.verify(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8)))) {
                throw new Invalid();
            }
            JWTClaimsSet claims = signed.getJWTClaimsSet();
            requireCurrent(claims, now);
            return new Claims(tenant, dashboard(claims.getClaim("resource")), params(claims.getClaim("params")));
        } catch (ParseException | JOSEException | IllegalStateException | ClassCastException e) {
            throw new Invalid();
        }
    }

    private static Slug tenant(Object claim) {
        if (!(claim instanceof String slug) || !Slug.isValid(slug)) {
            throw new Invalid();
        }
        return new Slug(slug);
    }

    private static void requireCurrent(JWTClaimsSet claims, Instant now) {
        Date exp = claims.getExpirationTime();
        if (exp == null || exp.toInstant().plus(CLOCK_SKEW).isBefore(now)) {
            throw new Invalid();
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && nbf.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            throw new Invalid();
        }
    }

    private static long dashboard(Object resource) {
        if (resource instanceof Map<?, ?> map && map.get("dashboard") instanceof Number n
                && isWhole(n) && n.longValue() > 0) {
            return n.longValue();
        }
        throw new Invalid();
    }

    private static boolean isWhole(Number n) {
        return n instanceof Long || n instanceof Integer
                || (n instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15);
    }

    private static Map<String, Object> params(Object claim) {
        if (claim == null) {
            return Map.of();
        }
        if (!(claim instanceof Map<?, ?> map)) {
            throw new Invalid();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        map.forEach((k, v) -> params.put(String.valueOf(k), decoded(v)));
        return params;
    }

    /** Nimbus hands Long/Double; the rest of the application reads JSON numbers as BigDecimal. */
    private static Object decoded(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(decoded(v)));
            return copy;
        }
        return value;
    }
}
