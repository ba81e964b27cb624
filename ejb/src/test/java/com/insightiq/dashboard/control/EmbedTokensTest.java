package com.insightiq.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.insightiq.access.control.SecretTokens;
import com.insightiq.tenancy.entity.Slug;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EmbedTokensTest {
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final String ACME_SECRET = SecretTokens.newToken();
    static final String GLOBEX_SECRET = SecretTokens.newToken();
    static final Function<Slug, Optional<String>> SECRETS = slug -> switch (slug.value()) {
        case "acme" -> Optional.of(ACME_SECRET);
        case "globex" -> Optional.of(GLOBEX_SECRET);
        default -> Optional.empty();
    };

    static JWTClaimsSet.Builder claims(String tenant, Object dashboard, Instant exp) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().claim("tenant", tenant)
                .claim("resource", Map.of("dashboard", dashboard));
        return exp == null ? b : b.expirationTime(Date.from(exp));
    }

    static String sign(JWSAlgorithm alg, String secret, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(alg), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    static String hs256(String secret, JWTClaimsSet claims) throws JOSEException {
        return sign(JWSAlgorithm.HS256, secret, claims);
    }

    static void invalid(String jwt) {
        EmbedTokens.Invalid e = assertThrows(EmbedTokens.Invalid.class, () -> EmbedTokens.verify(jwt, SECRETS, NOW));
        assertEquals("invalid or expired embedding token", e.getMessage());
    }

    @Test
    void aTokenSignedWithTheTenantsSecretOpensItsDashboardWithItsParams() throws Exception {
        String jwt = hs256(ACME_SECRET, claims("acme", 42, NOW.plusSeconds(600))
                .claim("params", Map.of("region", "north", "year", 2024, "cities", List.of("Bonn", "Köln"))).build());
        EmbedTokens.Claims c = EmbedTokens.verify(jwt, SECRETS, NOW);
        assertEquals(new Slug("acme"), c.tenant());
        assertEquals(42, c.dashboardId());
        assertEquals(Map.of("region", "north", "year", new BigDecimal("2024"), "cities", List.of("Bonn", "Köln")),
                c.params());
    }

    @Test
    void expiredBeyondTheClockSkewIsInvalidWithinItIsNot() throws Exception {
        invalid(hs256(ACME_SECRET, claims("acme", 42, NOW.minusSeconds(61)).build()));
        assertEquals(42, EmbedTokens.verify(hs256(ACME_SECRET, claims("acme", 42, NOW.minusSeconds(30)).build()),
                SECRETS, NOW).dashboardId());
    }

    @Test
    void withoutExpiryIsInvalid() throws Exception {
        invalid(hs256(ACME_SECRET, claims("acme", 42, null).build()));
    }

    @Test
    void notYetValidIsInvalid() throws Exception {
        invalid(hs256(ACME_SECRET, claims("acme", 42, NOW.plusSeconds(600))
                .notBeforeTime(Date.from(NOW.plusSeconds(3600))).build()));
    }

    @Test
    void otherAlgorithmsAreRefusedEvenWithTheRightSecret() throws Exception {
        String longSecret = ACME_SECRET + ACME_SECRET; // HS384/HS512 need longer keys; the algorithm is still wrong
        Function<Slug, Optional<String>> secrets = slug -> Optional.of(longSecret);
        for (JWSAlgorithm alg : List.of(JWSAlgorithm.HS384, JWSAlgorithm.HS512)) {
            String jwt = sign(alg, longSecret, claims("acme", 42, NOW.plusSeconds(600)).build());
            assertThrows(EmbedTokens.Invalid.class, () -> EmbedTokens.verify(jwt, secrets, NOW), alg.getName());
        }
    }

    @Test
    void unsignedNoneTokensAreRefused() {
        String none = new PlainJWT(claims("acme", 42, NOW.plusSeconds(600)).build()).serialize();
        invalid(none);
        // "none" in the header with an HS256 signature of the rest attached does not pass either
        invalid(none + "c2lnbmF0dXJl");
    }

    @Test
    void headerClaimingHs256WithoutSignatureIsRefused() throws Exception {
        String jwt = hs256(ACME_SECRET, claims("acme", 42, NOW.plusSeconds(600)).build());
        invalid(jwt.substring(0, jwt.lastIndexOf('.') + 1));
    }

    @Test
    void wrongSecretIsInvalid() throws Exception {
        invalid(hs256(SecretTokens.newToken(), claims("acme", 42, NOW.plusSeconds(600)).build()));
    }

    @Test
    void anotherTenantsSecretDoesNotOpenThisTenant() throws Exception {
        // signed by globex's secret but naming acme: the signature is checked with acme's secret
        invalid(hs256(GLOBEX_SECRET, claims("acme", 42, NOW.plusSeconds(600)).build()));
        invalid(hs256(ACME_SECRET, claims("nosuch", 42, NOW.plusSeconds(600)).build()));
    }

    @Test
    void aTamperedPayloadIsInvalid() throws Exception {
        String jwt = hs256(ACME_SECRET, claims("acme", 42, NOW.plusSeconds(600))
                .claim("params", Map.of("region", "north")).build());
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("north", "south");
        invalid(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
    }

    @Test
    void malformedTokensAndResourcesAreInvalid() throws Exception {
        invalid(null);
        invalid("");
        invalid("not.a.jwt");
        invalid("x".repeat(9000));
        invalid(hs256(ACME_SECRET, claims("acme", "42", NOW.plusSeconds(600)).build()));
        invalid(hs256(ACME_SECRET, claims("acme", -1, NOW.plusSeconds(600)).build()));
        invalid(hs256(ACME_SECRET, claims("acme", 4.5, NOW.plusSeconds(600)).build()));
        invalid(hs256(ACME_SECRET, new JWTClaimsSet.Builder().claim("tenant", "acme")
                .expirationTime(Date.from(NOW.plusSeconds(600))).build()));
        invalid(hs256(ACME_SECRET, claims("acme", 42, NOW.plusSeconds(600)).claim("params", "region=north").build()));
        invalid(hs256(ACME_SECRET, claims("../acme", 42, NOW.plusSeconds(600)).build()));
    }
}
