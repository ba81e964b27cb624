package com.insightiq.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostRulesTest {
    private static List<InetAddress> at(String... addresses) throws Exception {
        InetAddress[] result = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            result[i] = InetAddress.getByName(addresses[i]);
        }
        return List.of(result);
    }

    @Test
    void namesWildcardsAndRanges() throws Exception {
        HostRules rules = HostRules.parse("db.corp.example, *.analytics.example 10.0.0.0/8,fd00::/8");
        assertTrue(rules.matches("DB.corp.example", List.of()));
        assertTrue(rules.matches("eu.analytics.example", List.of()));
        assertFalse(rules.matches("analytics.example.evil.test", List.of()));
        assertTrue(rules.matches("anything", at("10.20.30.40")));
        assertFalse(rules.matches("anything", at("11.0.0.1")));
        assertTrue(rules.matches("v6", at("fd12::1")));
        assertFalse(rules.matches("v6", at("fe80::1")));
    }

    @Test
    void singleAddressAndPrefixEdges() throws Exception {
        HostRules rules = HostRules.parse("192.168.1.10, 172.16.0.0/12");
        assertTrue(rules.matches("x", at("192.168.1.10")));
        assertFalse(rules.matches("x", at("192.168.1.11")));
        assertTrue(rules.matches("x", at("172.31.255.255")));
        assertFalse(rules.matches("x", at("172.32.0.0")));
    }

    @Test
    void emptyAndBadRules() {
        assertTrue(HostRules.parse("").isEmpty());
        assertTrue(HostRules.parse(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> HostRules.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> HostRules.parse("10.0.0.0/x"));
    }

    @Test
    void applicationDatabaseIsRecognisedUnderAnyLocalName() throws Exception {
        var app = HostPolicy.parseAppDatabase("jdbc:postgresql://127.0.0.1:55432/insightiq?ssl=false").orElseThrow();
        assertEquals(55432, app.port());
        assertTrue(app.is(at("127.0.0.1"), 55432, "insightiq"));
        assertTrue(app.is(at("127.0.0.2"), 55432, "INSIGHTIQ"), "any loopback address is this machine");
        assertTrue(app.is(at("::1"), 55432, "insightiq"));
        assertFalse(app.is(at("127.0.0.1"), 55432, "insightiq_sample"), "other databases on the server are fine");
        assertFalse(app.is(at("127.0.0.1"), 5432, "insightiq"));
        assertFalse(app.is(at("192.0.2.10"), 55432, "insightiq"));
    }
}
