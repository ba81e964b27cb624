package com.insightiq.system.nlq;

import static com.insightiq.system.nlq.NlqApi.countOf;
import static com.insightiq.system.nlq.NlqApi.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Database;
import com.insightiq.system.SourceFixtures;
import com.insightiq.system.Tenancy;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two tenants with sources of the same shape: neither reaches the other's data sources, feedback, synonyms or
 * verified answers (404 by id in its own tenant, 403 in the other's), and what one tenant teaches (synonyms,
 * verified answers, glossary) never changes the other's answers to the same question.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NlqIsolationIT {
    private static final List<String> QUESTIONS = List.of("How many purchases are there?",
            "How many gizmos are there?", "What is the total turnover?", "How many customers are there?");


    /** customers, sales (FK to customers), widgets; the first tenant also has zz_extras, so its ids run higher. */
    private static SourceFixtures.Fixture shop(String prefix, boolean extras) {
        SourceFixtures.Fixture db = SourceFixtures.postgres(prefix);
        db.execute("CREATE TABLE customers (id INT PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL)");
        db.execute("CREATE TABLE sales (id INT PRIMARY KEY, customer_id INT NOT NULL REFERENCES customers (id),"
                + " amount NUMERIC(10, 2) NOT NULL, sold_at DATE NOT NULL)");
        db.execute("CREATE TABLE widgets (id INT PRIMARY KEY, label TEXT NOT NULL)");
        db.execute("INSERT INTO customers VALUES (1, 'Ann', 'Germany'), (2, 'Bob', 'France'), (3, 'Cy', 'Spain')");
        db.execute("INSERT INTO sales VALUES (1, 1, 10.00, '2025-01-05'), (2, 2, 20.00, '2025-02-05'),"
                + " (3, 3, 5.50, '2025-03-05')");
        db.execute("INSERT INTO widgets VALUES (1, 'small'), (2, 'large')");
        if (extras) {
            db.execute("CREATE TABLE zz_extras (id INT PRIMARY KEY, note TEXT, weight NUMERIC)");
        }
        for (String table : extras ? List.of("customers", "sales", "widgets", "zz_extras")
                : List.of("customers", "sales", "widgets")) {
            db.execute("ALTER TABLE " + table + " OWNER TO " + db.user());
        }
        return db;
    }

    private record Side(NlqApi nlq, Api admin, long source) {
    }

    private static Side tenant(String prefix, SourceFixtures.Fixture db, int sources) throws InterruptedException {
        String slug = Tenancy.uniqueSlug(prefix);
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        NlqApi nlq = new NlqApi(slug);
        long first = 0;
        for (int i = 0; i < sources; i++) {
            Api.Reply created = admin.post(nlq.api("/datasources"), db.body("Shop " + i).build().toString());
            assertEquals(201, created.status(), created::toString);
            long id = created.json().getJsonNumber("id").longValue();
            first = i == 0 ? id : first;
        }
        nlq.awaitCatalog(admin, first);
        return new Side(nlq, admin, first);
    }

    @Test
    void anotherTenantsIdsAreUnknownAndItsAddressIsClosed() throws Exception {
        try (SourceFixtures.Fixture dbA = shop("nlqia", true); SourceFixtures.Fixture dbB = shop("nlqib", false)) {
            Side a = tenant("nlqia", dbA, 2);
            Side b = tenant("nlqib", dbB, 1);
            long onlyInA = a.source() + 1;
            b.nlq().translate(b.admin(), onlyInA, "How many customers are there?").isJsonError(404);
            b.nlq().ask(b.admin(), onlyInA, "How many customers are there?").isJsonError(404);
            b.admin().get(b.nlq().api("/nlq/synonyms?dataSourceId=" + onlyInA)).isJsonError(404);
            b.admin().get(b.nlq().api("/nlq/verified?dataSourceId=" + onlyInA)).isJsonError(404);
            b.admin().post(b.nlq().api("/nlq/feedback"), question(onlyInA, "How many customers?")
                    .add("status", "cannot_answer").build().toString()).isJsonError(404);

            long feedback = 0;
            for (int i = 0; i < 3; i++) {
                Api.Reply created = a.admin().post(a.nlq().api("/nlq/feedback"), question(a.source(),
                        "How many customers?").add("status", "cannot_answer").add("comment", "A's report " + i)
                        .build().toString());
                assertEquals(201, created.status(), created::toString);
                feedback = created.json().getJsonNumber("id").longValue();
            }
            Api.Reply synonym = a.admin().post(a.nlq().api("/nlq/synonyms"), Json.createObjectBuilder()
                    .add("dataSourceId", a.source()).add("phrase", "clients").add("target", "table")
                    .add("tableId", a.nlq().table(a.source(), "customers")).build().toString());
            assertEquals(201, synonym.status(), synonym::toString);
            long synonymId = synonym.json().getJsonNumber("id").longValue();
            Api.Reply verified = a.admin().post(a.nlq().api("/nlq/verified"), Json.createObjectBuilder()
                    .add("dataSourceId", a.source()).add("question", "How many widgets do we have?")
                    .add("query", countOf(a.nlq().table(a.source(), "widgets"))).build().toString());
            assertEquals(201, verified.status(), verified::toString);
            long verifiedId = verified.json().getJsonNumber("id").longValue();

            b.admin().put(b.nlq().api("/nlq/feedback/" + feedback), "{\"state\":\"resolved\"}").isJsonError(404);
            assertEquals(0, b.admin().get(b.nlq().api("/nlq/feedback")).array().size(), "none of A's reports");
            b.admin().delete(b.nlq().api("/nlq/synonyms/" + synonymId)).isJsonError(404);
            b.admin().delete(b.nlq().api("/nlq/verified/" + verifiedId)).isJsonError(404);
            assertEquals(0, b.admin().get(b.nlq().api("/nlq/synonyms?dataSourceId=" + b.source())).array().size());
            assertEquals(0, b.admin().get(b.nlq().api("/nlq/verified?dataSourceId=" + b.source())).array().size());

            long aColumn = Database.count("SELECT max(id) FROM tenant_" + a.nlq().slug + ".catalog_column");
            long bColumns = Database.count("SELECT max(id) FROM tenant_" + b.nlq().slug + ".catalog_column");
            assertTrue(aColumn > bColumns, "A's last column id " + aColumn + " is not one of B's (" + bColumns + ")");
            long aTable = Database.count("SELECT max(id) FROM tenant_" + a.nlq().slug + ".catalog_table");
            b.admin().post(b.nlq().api("/nlq/compile"), Json.createObjectBuilder().add("dataSourceId", b.source())
                    .add("question", "Extras").add("query", Json.createObjectBuilder(countOf(b.nlq().table(b.source(),
                            "customers"))).add("fields", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("columnId", aColumn)))).build().toString()).isJsonError(400);
            b.admin().post(b.nlq().api("/nlq/compile"), Json.createObjectBuilder().add("dataSourceId", b.source())
                    .add("question", "Extras").add("query", countOf(aTable)).build().toString()).isJsonError(400);

            for (String path : List.of("/nlq/feedback", "/nlq/synonyms?dataSourceId=" + a.source(),
                    "/nlq/verified?dataSourceId=" + a.source(), "/nlq/status")) {
                b.admin().get(a.nlq().api(path)).isJsonError(403);
            }
            b.admin().post(a.nlq().api("/nlq/translate"), question(a.source(), "How many customers are there?")
                    .build().toString()).isJsonError(403);
            b.admin().delete(a.nlq().api("/nlq/synonyms/" + synonymId)).isJsonError(403);
            assertEquals(1, a.admin().get(a.nlq().api("/nlq/synonyms?dataSourceId=" + a.source())).array().size());
        }
    }

    @Test
    void aTenantsSynonymsVerifiedAnswersAndGlossaryNeverChangeAnothersAnswers() throws Exception {
        try (SourceFixtures.Fixture dbA = shop("nlqva", false); SourceFixtures.Fixture dbB = shop("nlqvb", false)) {
            Side a = tenant("nlqva", dbA, 1);
            Side b = tenant("nlqvb", dbB, 1);
            List<String> before = readings(b);

            Api.Reply synonym = a.admin().post(a.nlq().api("/nlq/synonyms"), Json.createObjectBuilder()
                    .add("dataSourceId", a.source()).add("phrase", "purchases").add("target", "table")
                    .add("tableId", a.nlq().table(a.source(), "sales")).build().toString());
            assertEquals(201, synonym.status(), synonym::toString);
            Api.Reply verified = a.admin().post(a.nlq().api("/nlq/verified"), Json.createObjectBuilder()
                    .add("dataSourceId", a.source()).add("question", "How many gizmos are there?")
                    .add("query", countOf(a.nlq().table(a.source(), "widgets"))).build().toString());
            assertEquals(201, verified.status(), verified::toString);
            Api.Reply term = a.admin().post(a.nlq().api("/glossary"), Json.createObjectBuilder()
                    .add("term", "turnover").add("definition", "The sum of sale amounts.")
                    .add("synonyms", Json.createArrayBuilder().add("takings"))
                    .add("columnId", a.nlq().column(a.source(), "sales", "amount")).build().toString());
            assertEquals(201, term.status(), term::toString);

            Api.Reply purchases = a.nlq().translate(a.admin(), a.source(), "How many purchases are there?");
            assertEquals("answered", purchases.json().getString("status"), purchases::toString);
            assertEquals(a.nlq().table(a.source(), "sales"), purchases.json().getJsonObject("query")
                    .getJsonNumber("tableId").longValue(), "A's synonym works in A");
            Api.Reply gizmos = a.nlq().translate(a.admin(), a.source(), "How many gizmos are there?");
            assertEquals(verified.json().getJsonNumber("id"), gizmos.json().getJsonNumber("verifiedAnswerId"));

            assertEquals(before, readings(b), "B reads its questions as before A taught its own words");
        }
    }

    /** Status and query of each question on B's own source. */
    private static List<String> readings(Side side) {
        return QUESTIONS.stream().map(q -> {
            Api.Reply reply = side.nlq().translate(side.admin(), side.source(), q);
            assertEquals(200, reply.status(), reply::toString);
            JsonObject answer = reply.json();
            assertTrue(!answer.containsKey("verifiedAnswerId"), "B has no verified answers: " + answer);
            return q + " → " + answer.getString("status") + " " + answer.get("query");
        }).toList();
    }
}
