package com.insightiq.system.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenants and members cannot reach each other's queries: data source ids, execution ids (read and cancel), history,
 * the query log, snippets and cached results stay where they belong; viewers run no ad-hoc SQL at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueryIsolationIT {


    @Test
    void anotherTenantReachesNoneOfAcmesQueries() throws Exception {
        QueryTenant acme = QueryTenant.create("qisoacme");
        QueryTenant globex = QueryTenant.create("qisoglobex");
        String marker = "acme_secret_" + UUID.randomUUID().toString().substring(0, 8);
        try (PostgresSource first = PostgresSource.create("qisoa"); PostgresSource second = PostgresSource.create("qisob");
             PostgresSource own = PostgresSource.create("qisog")) {
            acme.addSource(first, "Acme one");
            long acmeSource = acme.addSource(second, "Acme two");
            long globexSource = globex.addSource(own, "Globex");
            globex.admin.get(globex.sources() + "/" + acmeSource).isJsonError(404);

            JsonObject done = acme.queries.rows(acmeSource, "SELECT '" + marker + "' AS secret");
            String finished = done.getString("executionId");
            assertTrue(finished.length() >= 16, "execution ids cannot be guessed: " + finished);
            String running = acme.queries.submit(acmeSource, "SELECT pg_sleep(30) AS slept, '" + marker + "_run' AS m");
            QueryTypesContract.awaitTrue(() -> second.running(marker + "_run") == 1, 15_000, "the sleep runs");

            Api g = globex.admin;
            String acmeApi = "/t/" + acme.slug + "/api/v1";
            String globexApi = "/t/" + globex.slug + "/api/v1";
            QueryApi.error(g.post(globexApi + "/queries", QueryApi.body(acmeSource, "SELECT 1").build().toString()), 404);
            QueryApi.error(g.post(acmeApi + "/queries", QueryApi.body(acmeSource, "SELECT 1").build().toString()), 403);
            QueryApi.error(g.get(acmeApi + "/queries/" + finished), 403);
            QueryApi.error(g.get(globexApi + "/queries/" + finished), 404);
            QueryApi.error(g.get(globexApi + "/queries/" + finished + "?offset=0&limit=10"), 404);
            QueryApi.error(g.delete(globexApi + "/queries/" + running), 404);
            QueryApi.error(g.delete(acmeApi + "/queries/" + running), 403);
            assertEquals(1, second.running(marker + "_run"), "acme's query still runs after globex's attempts");
            QueryApi.error(g.get(acmeApi + "/queries/history"), 403);
            QueryApi.error(g.get(acmeApi + "/queries/log"), 403);
            assertFalse(g.get(globexApi + "/queries/history").body().contains(marker));
            assertFalse(g.get(globexApi + "/queries/log?limit=200").body().contains(marker));
            assertEquals(200, g.get(globexApi + "/queries/log?limit=200").status());

            Api.Reply snippet = acme.admin.post(acmeApi + "/snippets", Json.createObjectBuilder()
                    .add("name", "acme-secret").add("content", "SELECT '" + marker + "' AS s")
                    .add("description", "not for globex").build().toString());
            assertEquals(201, snippet.status(), snippet::toString);
            long snippetId = snippet.json().getJsonNumber("id").longValue();
            QueryApi.error(g.get(globexApi + "/snippets/" + snippetId), 404);
            QueryApi.error(g.put(globexApi + "/snippets/" + snippetId, Json.createObjectBuilder().add("name", "stolen")
                    .add("content", "SELECT 1").add("description", "").build().toString()), 404);
            QueryApi.error(g.delete(globexApi + "/snippets/" + snippetId), 404);
            QueryApi.error(g.get(acmeApi + "/snippets"), 403);
            QueryApi.error(g.get(acmeApi + "/snippets/" + snippetId), 403);
            assertFalse(g.get(globexApi + "/snippets").body().contains(marker));
            Api.Reply borrowed = globex.queries.run(globexSource, "{{snippet: acme-secret}}");
            QueryApi.error(borrowed, 400);
            assertFalse(borrowed.body().contains(marker), "an unknown snippet is not looked up in another tenant");
            assertTrue(acme.admin.get(acmeApi + "/snippets/" + snippetId).body().contains(marker),
                    "acme's snippet is untouched");

            assertEquals(204, acme.queries.cancel(running).status());
            QueryTypesContract.awaitTrue(() -> second.running(marker + "_run") == 0, 10_000, "acme cancels its own");
        }
    }

    /** Fresh tenants number their sources alike: the cache must still tell them apart. */
    @Test
    void cachedResultsStayInTheirTenant() throws Exception {
        QueryTenant one = QueryTenant.create("qcacheone");
        QueryTenant two = QueryTenant.create("qcachetwo");
        try (PostgresSource a = PostgresSource.create("qcachea"); PostgresSource b = PostgresSource.create("qcacheb")) {
            long idOne = one.addSource(a, "Same name");
            long idTwo = two.addSource(b, "Same name");
            assertEquals(idOne, idTwo, "precondition: both tenants' first source has the same id");
            String sql = "SELECT current_database() AS db";
            assertEquals(a.database(), cell(one.queries.rows(idOne, sql)));
            assertEquals(a.database(), cell(one.queries.rows(idOne, sql)));
            JsonObject other = two.queries.rows(idTwo, sql);
            assertFalse(other.getBoolean("cached"), "another tenant's identical query is not a cache hit");
            assertEquals(b.database(), cell(other));
        }
    }

    @Test
    void membersSeeOnlyTheirOwnExecutionsAndAdminsSeeTheLog() throws Exception {
        QueryTenant acme = QueryTenant.create("qisomembers");
        Api alice = acme.member("analyst", "alice");
        Api bob = acme.member("analyst", "bob");
        QueryApi aliceQueries = new QueryApi(alice, acme.slug);
        QueryApi bobQueries = new QueryApi(bob, acme.slug);
        String marker = "alice_" + UUID.randomUUID().toString().substring(0, 8);
        try (PostgresSource db = PostgresSource.create("qisom")) {
            long source = acme.addSource(db, "Shared");
            String finished = aliceQueries.rows(source, "SELECT '" + marker + "' AS mine").getString("executionId");
            String running = aliceQueries.submit(source, "SELECT pg_sleep(30) AS slept, '" + marker + "_run' AS m");
            QueryTypesContract.awaitTrue(() -> db.running(marker + "_run") == 1, 15_000, "alice's sleep runs");

            QueryApi.error(bobQueries.execution(finished, ""), 404);
            QueryApi.error(bobQueries.execution(finished, "offset=0&limit=5"), 404);
            QueryApi.error(bobQueries.cancel(running), 404);
            assertEquals(1, db.running(marker + "_run"), "bob cannot stop alice's query");
            assertFalse(bob.get(bobQueries.base() + "/queries/history").body().contains(marker));
            QueryApi.error(bob.get(bobQueries.base() + "/queries/log"), 403);
            assertTrue(alice.get(aliceQueries.base() + "/queries/history").body().contains(marker));

            Api.Reply log = acme.admin.get(acme.queries.base() + "/queries/log?limit=50");
            assertEquals(200, log.status(), log::toString);
            assertTrue(log.body().contains(marker), "the tenant's log shows every member's runs");
            assertEquals(204, acme.queries.cancel(running).status(), "an admin may stop a member's query");
            QueryTypesContract.awaitTrue(() -> db.running(marker + "_run") == 0, 10_000, "the admin stopped it");
        }
    }

    @Test
    void viewersRunNoAdHocSql() throws Exception {
        QueryTenant acme = QueryTenant.create("qisoviewer");
        Api viewer = acme.member("viewer", "vera");
        Api analyst = acme.member("analyst", "andy");
        try (PostgresSource db = PostgresSource.create("qisov")) {
            long source = acme.addSource(db, "Viewed");
            String finished = new QueryApi(analyst, acme.slug).rows(source, "SELECT 1 AS one").getString("executionId");
            QueryApi asViewer = new QueryApi(viewer, acme.slug);
            QueryApi.error(asViewer.run(source, "SELECT 1 AS one"), 403);
            QueryApi.error(viewer.get(asViewer.base() + "/queries/history"), 403);
            QueryApi.error(viewer.get(asViewer.base() + "/queries/log"), 403);
            QueryApi.error(viewer.get(asViewer.base() + "/snippets"), 403);
            Api.Reply peek = asViewer.execution(finished, "");
            assertTrue(peek.status() == 403 || peek.status() == 404, peek::toString);
            QueryApi.jsonError(peek);
            QueryApi.error(viewer.get(acme.settingsPath()), 403);
            QueryApi.error(analyst.put(acme.settingsPath(), "{\"timeoutSeconds\":1,\"maxConcurrent\":1,"
                    + "\"cacheTtlSeconds\":0}"), 403);
            QueryApi.error(new QueryApi(Api.anonymous(), acme.slug).run(source, "SELECT 1"), 401);
        }
    }

    private static String cell(JsonObject result) {
        return result.getJsonArray("rows").getJsonArray(0).getString(0);
    }
}
