package com.insightiq.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TenantResolutionTest {
    private final Function<String, Optional<String>> hosts =
            h -> Optional.ofNullable(Map.of("acme.insightiq.local", "acme").get(h));

    @Test
    void aRegisteredHostNamesTheTenant() {
        var target = TenantResolution.resolve("ACME.insightiq.local.", "/home.xhtml", hosts);
        assertEquals(Optional.of("acme"), target.slug());
        assertEquals("/home.xhtml", target.path());
        assertFalse(target.byPath());
    }

    @Test
    void thePathPrefixNamesTheTenantAndIsStripped() {
        var target = TenantResolution.resolve("localhost", "/t/globex/api/v1/members", hosts);
        assertEquals(Optional.of("globex"), target.slug());
        assertEquals("/api/v1/members", target.path());
        assertTrue(target.byPath());
    }

    @Test
    void thePathWinsOverTheHostSoLinksAreUnambiguous() {
        var target = TenantResolution.resolve("acme.insightiq.local", "/t/globex/home.xhtml", hosts);
        assertEquals(Optional.of("globex"), target.slug());
    }

    @Test
    void aBarePrefixGoesToTheTenantRoot() {
        var target = TenantResolution.resolve("localhost", "/t/acme", hosts);
        assertEquals(Optional.of("acme"), target.slug());
        assertEquals("/", target.path());
    }

    @Test
    void anythingElseNamesNoTenant() {
        assertTrue(TenantResolution.resolve("localhost", "/api/v1/me", hosts).slug().isEmpty());
        assertTrue(TenantResolution.resolve(null, null, hosts).slug().isEmpty());
        assertEquals("/", TenantResolution.resolve(null, "", hosts).path());
    }

    @Test
    void hostileSlugsAreReturnedAsTextForTheCallerToRefuse() {
        assertEquals(Optional.of(".."), TenantResolution.resolve("x", "/t/../home.xhtml", hosts).slug());
        assertEquals(Optional.of(""), TenantResolution.resolve("x", "/t//home.xhtml", hosts).slug());
    }
}
