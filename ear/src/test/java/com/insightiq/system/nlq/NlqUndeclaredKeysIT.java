package com.insightiq.system.nlq;

import static com.insightiq.system.nlq.NlqApi.direct;
import static com.insightiq.system.nlq.NlqApi.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Database;
import com.insightiq.system.Tenancy;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A source that declares no keys at all and was never analysed (the planner has no row estimate), as many departmental
 * databases are: the catalog's sample is what tells the engine which column is each table's key, and the answers join
 * along the keys the names imply. Caught the lexicon losing every table's row estimate (so no key was ever found by its
 * values and such questions went unanswered). Another tenant cannot use the source.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NlqUndeclaredKeysIT {
    private static final String DATABASE = "nlq_nokeys_" + UUID.randomUUID().toString().substring(0, 8);
    private static NlqApi tenant;
    private static Api admin;
    private static long source;

    @BeforeAll
    static void sourceWithoutKeys() throws Exception {
        Database.execute("CREATE DATABASE " + DATABASE);
        // publication holds two *id columns, so only the sample says pid is its key; no ANALYZE on purpose
        Database.executeIn(DATABASE, """
                CREATE TABLE author (aid bigint, name text, oid bigint);
                CREATE TABLE organization (oid bigint, name text);
                CREATE TABLE publication (pid bigint, title text, year integer, cid bigint);
                CREATE TABLE writes (aid bigint, pid bigint);
                INSERT INTO organization VALUES (1, 'Institute'), (2, 'University');
                INSERT INTO author VALUES (1, 'Ada', 1), (2, 'Grace', NULL), (3, 'Alan', 2), (4, 'Edsger', NULL);
                INSERT INTO publication VALUES (10, 'Engines', 2020, 1), (11, 'Compilers', 2020, 1),
                    (12, 'Machines', 2021, 2), (13, 'Goto', 2019, NULL), (14, 'Notes', 2020, 2);
                INSERT INTO writes VALUES (1, 10), (1, 11), (2, 11), (3, 12), (4, 13), (4, 14), (1, 14);
                """);
        String slug = Tenancy.uniqueSlug("nlqkeys");
        admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        tenant = new NlqApi(slug);
        URI server = URI.create(System.getProperty("it.db.url").substring("jdbc:".length()));
        Api.Reply created = admin.post(tenant.api("/datasources"), Json.createObjectBuilder().add("name", "Papers")
                .add("engine", "postgresql").add("host", server.getHost()).add("port", server.getPort())
                .add("database", DATABASE).add("username", "insightiq").add("password", Database.password())
                .add("sslMode", "disable").build().toString());
        assertEquals(201, created.status(), created::toString);
        source = created.json().getJsonNumber("id").longValue();
        tenant.awaitCatalog(admin, source);
    }

    private List<String> answered(String question) {
        Api.Reply reply = tenant.ask(admin, source, question);
        assertEquals(200, reply.status(), reply::toString);
        JsonObject answer = reply.json().getJsonObject("answer");
        assertEquals("answered", answer.getString("status"), () -> question + ": " + answer);
        JsonObject result = reply.json().getJsonObject("result");
        assertEquals("completed", result.getString("status"), result::toString);
        return rows(result.getJsonObject("result").getJsonArray("rows"));
    }

    private static List<String> sorted(List<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        Collections.sort(copy);
        return copy;
    }

    @Test
    void countsPerAuthorJoinThroughTheLinkTableByTheKeysTheSampleShows() throws Exception {
        List<String> rows = answered("How many publications has each author written?");
        assertEquals(sorted(direct(DATABASE, "SELECT a.name, count(DISTINCT p.pid) FROM author a"
                + " JOIN writes w ON w.aid = a.aid JOIN publication p ON p.pid = w.pid GROUP BY a.name")),
                sorted(rows));
        assertTrue(rows.contains("Ada|3"), rows::toString);
    }

    @Test
    void theYearNamedBeforeItsValueFiltersWithoutBeingShown() throws Exception {
        assertEquals(direct(DATABASE, "SELECT count(*) FROM publication WHERE year = 2020"),
                answered("How many publications were published in the year 2020?"));
    }

    @Test
    void rowsWithoutTheirReferenceAreTheOnesWhereItIsEmpty() throws Exception {
        assertEquals(direct(DATABASE, "SELECT name FROM author WHERE oid IS NULL ORDER BY name"),
                answered("Which authors are not part of any organization?"));
    }

    @Test
    void anotherTenantCannotUseTheSource() {
        String other = Tenancy.uniqueSlug("nlqkeysx");
        Api outsider = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), other), Tenancy.PASSWORD);
        Api.Reply reply = new NlqApi(other).translate(outsider, source, "How many publications are there?");
        assertEquals(404, reply.status(), reply::toString);
        assertTrue(reply.body().toLowerCase(Locale.ROOT).contains("data source"), reply::toString);
    }
}
