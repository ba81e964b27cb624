package com.insightiq.system.nlq;

import static com.insightiq.system.nlq.NlqApi.assertAnswered;
import static com.insightiq.system.nlq.NlqApi.countOf;
import static com.insightiq.system.nlq.NlqApi.direct;
import static com.insightiq.system.nlq.NlqApi.question;
import static com.insightiq.system.nlq.NlqApi.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Natural-language questions over the demo tenant's sample database through the API: answers run as their template
 * with bound values and give the numbers the same SQL gives directly; unanswerable and hostile questions are said to
 * be so (never executed as SQL, never a 500); corrections compile only with this source's ids; feedback, verified
 * answers and synonyms are kept and used, and only tenant admins curate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NlqIT {
    private static final String SAMPLE = "insightiq_sample";
    private final NlqApi acme = new NlqApi("acme");
    private Api admin;
    private long sample;


    @BeforeEach
    void sampleIsSynced() throws InterruptedException {
        admin = Api.platformAdmin();
        sample = acme.sourceId(admin, "Sample Database");
        acme.awaitCatalog(admin, sample);
    }

    /** Products, not orders: the engine on main no longer links the word "orders" (/work/notes-api2-engine.md 0.). */
    @Test
    void howManyProductsRunsTheTemplateAndEqualsTheDirectCount() throws Exception {
        Api analyst = acme.member(admin, "analyst");
        Api.Reply reply = acme.ask(analyst, sample, "How many products are there?");
        assertAnswered(reply);
        JsonObject answer = reply.json().getJsonObject("answer");
        assertTrue(answer.getString("sql").toLowerCase().contains("products"), answer::toString);
        assertFalse(answer.getString("interpretation").isBlank());
        assertTrue(answer.getJsonNumber("confidence").doubleValue() > 0);
        JsonObject result = reply.json().getJsonObject("result");
        assertEquals("completed", result.getString("status"), result::toString);
        assertEquals(direct(SAMPLE, "SELECT count(*) FROM products"),
                rows(result.getJsonObject("result").getJsonArray("rows")));
        assertEquals("scalar", reply.json().getString("visualization"));
        assertRanAsTemplate(analyst, answer, result.getString("executionId"));
    }

    /** The sum of the orders' total per month of 2024, said two ways (/work/notes-api2-engine.md 1. and 2.). */
    @Test
    void totalOfOrdersByMonthIn2024EqualsTheSqlReadDirectly() throws Exception {
        for (String question : List.of("Total of orders by month in 2024", "Sum of total per month in 2024")) {
            sumOfTotalPerMonthIn2024(question);
        }
    }

    /** An answered question whose query completed: the answer, the run's result, its rows as text, the chart. */
    private record Asked(JsonObject answer, JsonObject result, List<String> rows, String visualization) {
    }

    private Asked ask(String question) {
        Api.Reply reply = acme.ask(admin, sample, question);
        assertAnswered(reply);
        JsonObject result = reply.json().getJsonObject("result");
        assertEquals("completed", result.getString("status"), result::toString);
        return new Asked(reply.json().getJsonObject("answer"), result,
                rows(result.getJsonObject("result").getJsonArray("rows")), reply.json().getString("visualization"));
    }

    private void sumOfTotalPerMonthIn2024(String question) throws Exception {
        Asked asked = ask(question);
        JsonObject answer = asked.answer();
        JsonObject result = asked.result();
        List<String> answered = asked.rows();
        assertEquals(direct(SAMPLE, answer.getString("sql")), answered, "the readable SQL gives the same rows");
        assertEquals(direct(SAMPLE, "SELECT date_trunc('month', created_at), sum(total) FROM orders"
                + " WHERE created_at >= DATE '2024-01-01' AND created_at < DATE '2025-01-01' GROUP BY 1 ORDER BY 1"),
                answered, question + ": the sum of total per month of 2024");
        assertEquals(12, answered.size(), answered::toString);
        assertEquals("line", asked.visualization());
        assertTrue(answer.getJsonArray("parameters").size() >= 1, "the year is a bound value: " + answer);
        assertFalse(answer.getString("template").contains("2024"), "no literal in what runs: " + answer);
        assertRanAsTemplate(admin, answer, result.getString("executionId"));
    }

    /** A period compared with the one before: both sums and the change, as SQL over JDBC computes them. */
    @Test
    void aYearComparedToTheYearBeforeEqualsTheSqlReadDirectly() throws Exception {
        Asked asked = ask("What is the total of orders in 2024 compared to last year?");
        JsonObject answer = asked.answer();
        JsonObject result = asked.result();
        List<String> answered = asked.rows();
        assertEquals(direct(SAMPLE, "SELECT now_total, before_total, now_total - before_total,"
                + " 100.0 * (now_total - before_total) / NULLIF(before_total, 0) FROM ("
                + " SELECT sum(total) FILTER (WHERE created_at >= DATE '2024-01-01' AND created_at < DATE '2025-01-01')"
                + " AS now_total, sum(total) FILTER (WHERE created_at >= DATE '2023-01-01'"
                + " AND created_at < DATE '2024-01-01') AS before_total FROM orders) t"), answered,
                "2024's total, 2023's, the change and the change in per cent");
        assertEquals(direct(SAMPLE, answer.getString("sql")), answered, "the readable SQL gives the same rows");
        assertTrue(answer.getString("interpretation")
                .contains("compared with 2023-01-01 to 2023-12-31"), answer::toString);
        assertRanAsTemplate(admin, answer, result.getString("executionId"));
    }

    /** Groups kept by a count of related rows: the same people as GROUP BY … HAVING over JDBC. */
    @Test
    void peopleWithMoreThanTenOrdersAreThoseSqlFinds() throws Exception {
        Asked asked = ask("Which people have more than 10 orders?");
        JsonObject answer = asked.answer();
        JsonObject result = asked.result();
        List<String> answered = new ArrayList<>(asked.rows());
        // names repeat in the sample (two Anthony Clarks): each person comes with their id, namesakes stay two rows
        List<String> expected = new ArrayList<>(direct(SAMPLE, "SELECT p.id || '|' || p.name FROM people p JOIN"
                + " orders o ON o.person_id = p.id GROUP BY p.id, p.name HAVING count(*) > 10"));
        java.util.Collections.sort(answered);
        java.util.Collections.sort(expected);
        assertFalse(expected.isEmpty(), "the sample has such people");
        assertEquals(expected, answered);
        assertTrue(answer.getString("interpretation").contains("> 10"), answer::toString);
        assertFalse(answer.getString("template").contains("10"), "the number is bound: " + answer);
        assertRanAsTemplate(admin, answer, result.getString("executionId"));
    }

    @Test
    void aDefinitionInTheContextChangesTheAnswer() throws Exception {
        // products, not "big orders = orders with total over 100": see /work/notes-api2-engine.md 0.
        Api.Reply plain = acme.translate(admin, sample, "How many premium products are there?");
        assertEquals(200, plain.status(), plain::toString);
        assertEquals("cannot_answer", plain.json().getString("status"), "nobody said what premium is: " + plain);
        assertTrue(plain.json().getJsonArray("notUnderstood").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(w -> w.getString().equalsIgnoreCase("premium")), plain::toString);

        for (String definition : List.of("premium products = products with price over 100",
                "premium products means products with price over 100")) {
            Api.Reply reply = admin.post(acme.api("/nlq/ask"), question(sample, "How many premium products are there?")
                    .add("referenceDate", "2025-06-30").add("context", definition).build().toString());
            assertAnswered(reply);
            JsonObject answer = reply.json().getJsonObject("answer");
            assertTrue(answer.getString("sql").toLowerCase().contains("price"), answer::toString);
            List<String> answered = rows(reply.json().getJsonObject("result").getJsonObject("result")
                    .getJsonArray("rows"));
            assertEquals(direct(SAMPLE, "SELECT count(*) FROM products WHERE price > 100"), answered, definition);
            assertNotEquals(direct(SAMPLE, "SELECT count(*) FROM products"), answered, "the definition filters");
            assertRanAsTemplate(admin, answer, reply.json().getJsonObject("result").getString("executionId"));
        }
    }

    @Test
    void theReferenceDateAnchorsLastMonth() throws Exception {
        // reviews, not "orders placed last month": see /work/notes-api2-engine.md 0.
        String question = "How many reviews were written last month?";
        String sql = "SELECT count(*) FROM reviews WHERE created_at >= ? AND created_at < ?";
        List<String> june = lastMonth(question, "2025-06-30", "2025-05-01", "2025-06-01");
        assertEquals(direct(SAMPLE, sql, java.time.LocalDate.of(2025, 5, 1), java.time.LocalDate.of(2025, 6, 1)),
                june);
        List<String> march = lastMonth(question, "2024-03-15", "2024-02-01", "2024-03-01");
        assertEquals(direct(SAMPLE, sql, java.time.LocalDate.of(2024, 2, 1), java.time.LocalDate.of(2024, 3, 1)),
                march);
        assertNotEquals(june, march, "two reference dates, two months");
    }

    /** Asks with this reference date; the bound values are the month before it; the result rows. */
    private List<String> lastMonth(String question, String referenceDate, String from, String to) {
        Api.Reply reply = admin.post(acme.api("/nlq/ask"), question(sample, question)
                .add("referenceDate", referenceDate).build().toString());
        assertAnswered(reply);
        JsonObject answer = reply.json().getJsonObject("answer");
        assertEquals(List.of(from, to), answer.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("value")).toList(), answer::toString);
        assertFalse(answer.getString("template").contains(from), "no literal in what runs: " + answer);
        JsonObject result = reply.json().getJsonObject("result");
        assertEquals("completed", result.getString("status"), result::toString);
        assertRanAsTemplate(admin, answer, result.getString("executionId"));
        return rows(result.getJsonObject("result").getJsonArray("rows"));
    }

    @Test
    void anUnanswerableQuestionIsCannotAnswerWithWhatWasNotUnderstood() {
        Api.Reply reply = acme.translate(admin, sample, "What is the airspeed velocity of an unladen swallow?");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject answer = reply.json();
        assertEquals("cannot_answer", answer.getString("status"), answer::toString);
        assertFalse(answer.containsKey("sql"), "no SQL when not answered: " + answer);
        assertFalse(answer.getJsonArray("notUnderstood").isEmpty(), answer::toString);
        Api.Reply asked = acme.ask(admin, sample, "What is the airspeed velocity of an unladen swallow?");
        assertEquals(200, asked.status(), asked::toString);
        assertFalse(asked.json().containsKey("result"), "nothing ran: " + asked);
    }

    @Test
    void hostileInputIsRefusedOrUnderstoodAsWordsNeverAsSql() throws Exception {
        List<String> before = direct(SAMPLE, "SELECT (SELECT count(*) FROM orders) || '/' || (SELECT count(*) FROM people)");

        String tooLong = acme.translate(admin, sample, "How many orders ".repeat(1_300)).isJsonError(400).message();
        assertEquals("The question is too long (at most 500 characters).", tooLong);
        assertEquals(tooLong, acme.ask(admin, sample, "x".repeat(20_000)).isJsonError(400).message(), "20 kB");
        assertEquals(tooLong, acme.ask(admin, sample, "é".repeat(501)).isJsonError(400).message(), "characters");
        assertEquals(200, acme.translate(admin, sample, "é".repeat(500)).status(), "500 characters are allowed");
        for (String control : List.of("How many orders\u0000", "orders\u001B[2J", "count\u0007 orders")) {
            assertTrue(acme.translate(admin, sample, control).isJsonError(400).message().contains("control"));
        }
        for (String sql : List.of("'; DROP TABLE orders; --", "SELECT * FROM people", "orders; DELETE FROM people",
                "How many orders\"); DROP TABLE people; --")) {
            Api.Reply reply = acme.ask(admin, sample, sql);
            assertEquals(200, reply.status(), reply::toString);
            String status = reply.json().getJsonObject("answer").getString("status");
            assertTrue(List.of("answered", "ambiguous", "cannot_answer").contains(status), reply::toString);
            if (status.equals("answered")) {
                String template = reply.json().getJsonObject("answer").getString("template").toLowerCase();
                assertFalse(template.contains("drop") || template.contains("delete"), reply::toString);
            }
        }
        for (String odd : List.of("How many orders from O'Brien \"quoted\"?", "Combien de commandes à Köln? 🚀",
                "订单有多少", "orders \\ % _ ` ´ ’", "\t\n")) {
            Api.Reply reply = acme.translate(admin, sample, odd);
            assertTrue(reply.status() == 200 || reply.status() == 400, reply::toString);
            if (reply.status() == 400) {
                reply.isJsonError(400);
            }
        }
        assertEquals(before, direct(SAMPLE,
                "SELECT (SELECT count(*) FROM orders) || '/' || (SELECT count(*) FROM people)"), "tables intact");

        acme.translate(admin, sample, "   ").isJsonError(400);
        admin.post(acme.api("/nlq/translate"), "{\"question\":\"How many orders?\"}").isJsonError(400);
        admin.post(acme.api("/nlq/translate"), question(sample, "How many orders?").add("referenceDate", "30.06.2025")
                .build().toString()).isJsonError(400);
        admin.post(acme.api("/nlq/translate"), question(sample, "How many orders?").add("context", "c".repeat(4001))
                .build().toString()).isJsonError(400);
        admin.post(acme.api("/nlq/translate"), question(sample, "How many orders?").add("sql", "SELECT 1")
                .build().toString()).isJsonError(400);
        admin.post(acme.api("/nlq/translate"), "{\"dataSourceId\":\"1\",\"question\":\"orders\"}").isJsonError(400);
        admin.post(acme.api("/nlq/translate"), "").isJsonError(400);
        admin.post(acme.api("/nlq/translate"), question(999_999, "How many orders?").build().toString())
                .isJsonError(404);
        admin.post(acme.api("/nlq/translate"), "{\"question\":\"" + "x".repeat(1_100_000) + "\"}").isJsonError(413);
    }

    @Test
    void aCorrectedQueryCompilesOnlyWithThisSourcesIds() throws Exception {
        long people = acme.table(sample, "people");
        JsonObject corrected = Json.createObjectBuilder().add("dataSourceId", sample)
                .add("question", "How many customers are there?").add("query", countOf(people)).build();
        Api.Reply compiled = admin.post(acme.api("/nlq/compile"), corrected.toString());
        assertAnswered(compiled);
        assertTrue(compiled.json().getString("sql").toLowerCase().contains("people"), compiled::toString);
        assertEquals(1.0, compiled.json().getJsonNumber("confidence").doubleValue());

        Api.Reply ran = admin.post(acme.api("/nlq/ask-compiled"), corrected.toString());
        assertAnswered(ran);
        assertEquals(rows(ran.json().getJsonObject("result").getJsonObject("result").getJsonArray("rows")),
                rowsOf("SELECT count(*) FROM people"));

        JsonObject unknownTable = Json.createObjectBuilder(corrected).add("query", countOf(987_654_321)).build();
        admin.post(acme.api("/nlq/compile"), unknownTable.toString()).isJsonError(400);
        JsonObject unknownColumn = Json.createObjectBuilder(corrected).add("query", Json.createObjectBuilder(
                countOf(people)).add("fields", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("columnId", 987_654_321)))).build();
        admin.post(acme.api("/nlq/ask-compiled"), unknownColumn.toString()).isJsonError(400);
        admin.post(acme.api("/nlq/compile"), question(sample, "How many?").build().toString()).isJsonError(400);
    }

    @Test
    void feedbackIsStoredAndOnlyAdminsListAndReviewIt() {
        Api analyst = acme.member(admin, "analyst");
        String comment = "Wrong table " + System.nanoTime();
        Api.Reply created = analyst.post(acme.api("/nlq/feedback"), question(sample, "How many orders are there?")
                .add("status", "answered").add("query", countOf(acme.table(sample, "people")))
                .add("sql", "SELECT count(*) FROM people").add("comment", comment).build().toString());
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals("open", created.json().getString("state"));

        analyst.get(acme.api("/nlq/feedback")).isJsonError(403);
        analyst.put(acme.api("/nlq/feedback/" + id), "{\"state\":\"resolved\"}").isJsonError(403);
        assertTrue(comments(admin.get(acme.api("/nlq/feedback?state=open"))).contains(comment));
        Api.Reply reviewed = admin.put(acme.api("/nlq/feedback/" + id), "{\"state\":\"dismissed\"}");
        assertEquals(200, reviewed.status(), reviewed::toString);
        assertEquals("dismissed", reviewed.json().getString("state"));
        assertFalse(comments(admin.get(acme.api("/nlq/feedback"))).contains(comment), "no longer open");
        assertTrue(comments(admin.get(acme.api("/nlq/feedback?state=dismissed"))).contains(comment));

        admin.put(acme.api("/nlq/feedback/" + id), "{\"state\":\"open\"}").isJsonError(400);
        admin.put(acme.api("/nlq/feedback/" + id), "{\"state\":\"gone\"}").isJsonError(400);
        admin.get(acme.api("/nlq/feedback?state=gone")).isJsonError(400);
        admin.put(acme.api("/nlq/feedback/987654321"), "{\"state\":\"resolved\"}").isJsonError(404);
        analyst.post(acme.api("/nlq/feedback"), question(sample, "How many orders?").add("status", "great")
                .build().toString()).isJsonError(400);
    }

    @Test
    void aVerifiedAnswerIsReusedForTheSameWordsInAnotherOrder() {
        long reviews = acme.table(sample, "reviews");
        Api.Reply verified = admin.post(acme.api("/nlq/verified"), Json.createObjectBuilder()
                .add("dataSourceId", sample).add("question", "How many reviews are there in total?")
                .add("query", countOf(reviews)).build().toString());
        assertEquals(201, verified.status(), verified::toString);
        long id = verified.json().getJsonNumber("id").longValue();
        try {
            assertTrue(verified.json().getString("sql").toLowerCase().contains("reviews"), verified::toString);
            Api.Reply paraphrase = acme.translate(admin, sample, "In total, how many reviews are there?");
            assertAnswered(paraphrase);
            assertEquals(id, paraphrase.json().getJsonNumber("verifiedAnswerId").longValue(), paraphrase::toString);
            assertEquals(1.0, paraphrase.json().getJsonNumber("confidence").doubleValue());
            assertEquals(countOf(reviews).getJsonNumber("tableId"), paraphrase.json().getJsonObject("query")
                    .getJsonNumber("tableId"));
            assertTrue(admin.get(acme.api("/nlq/verified?dataSourceId=" + sample)).array().stream()
                    .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id));

            Api analyst = acme.member(admin, "analyst");
            analyst.get(acme.api("/nlq/verified?dataSourceId=" + sample)).isJsonError(403);
            analyst.delete(acme.api("/nlq/verified/" + id)).isJsonError(403);
        } finally {
            assertEquals(204, admin.delete(acme.api("/nlq/verified/" + id)).status());
        }
        Api.Reply after = acme.translate(admin, sample, "In total, how many reviews are there?");
        assertEquals(200, after.status(), after::toString);
        assertFalse(after.json().containsKey("verifiedAnswerId"), "deleted: no longer used " + after);
        admin.delete(acme.api("/nlq/verified/" + id)).isJsonError(404);
    }

    @Test
    void aSynonymAddedByAnAdminIsUsedAndOnlyAdminsCurate() throws Exception {
        long orders = acme.table(sample, "orders");
        Api analyst = acme.member(admin, "analyst");
        Api viewer = acme.member(admin, "viewer");
        String synonym = Json.createObjectBuilder().add("dataSourceId", sample).add("phrase", "purchases")
                .add("target", "table").add("tableId", orders).build().toString();
        analyst.post(acme.api("/nlq/synonyms"), synonym).isJsonError(403);
        analyst.get(acme.api("/nlq/synonyms?dataSourceId=" + sample)).isJsonError(403);
        viewer.post(acme.api("/nlq/ask"), question(sample, "How many orders are there?").build().toString())
                .isJsonError(403);
        viewer.post(acme.api("/nlq/translate"), question(sample, "How many orders are there?").build().toString())
                .isJsonError(403);
        assertEquals(200, viewer.get(acme.api("/nlq/status")).status(), "any member sees the pipeline's state");

        Api.Reply unknown = acme.translate(analyst, sample, "How many purchases are there?");
        assertEquals(200, unknown.status(), unknown::toString);
        assertNotEquals("answered", unknown.json().getString("status"), "no synonym yet: " + unknown);

        Api.Reply created = admin.post(acme.api("/nlq/synonyms"), synonym);
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        try {
            assertEquals("table", created.json().getString("target"));
            admin.post(acme.api("/nlq/synonyms"), synonym.replace("purchases", "Purchases")).isJsonError(409);
            Api.Reply reply = acme.ask(analyst, sample, "How many purchases are there?");
            assertAnswered(reply);
            assertEquals(orders, reply.json().getJsonObject("answer").getJsonObject("query").getJsonNumber("tableId")
                    .longValue(), reply::toString);
            assertEquals(rowsOf("SELECT count(*) FROM orders"), rows(reply.json().getJsonObject("result")
                    .getJsonObject("result").getJsonArray("rows")));
            assertTrue(admin.get(acme.api("/nlq/synonyms?dataSourceId=" + sample)).array().stream()
                    .anyMatch(s -> s.asJsonObject().getString("phrase").equals("purchases")));
        } finally {
            assertEquals(204, admin.delete(acme.api("/nlq/synonyms/" + id)).status());
        }
        admin.delete(acme.api("/nlq/synonyms/" + id)).isJsonError(404);
        admin.post(acme.api("/nlq/synonyms"), Json.createObjectBuilder().add("dataSourceId", sample)
                .add("phrase", "buyers").add("target", "table").add("tableId", 987_654_321).build().toString())
                .isJsonError(400);
        admin.post(acme.api("/nlq/synonyms"), Json.createObjectBuilder().add("dataSourceId", sample)
                .add("phrase", "x".repeat(201)).add("target", "table").add("tableId", orders).build().toString())
                .isJsonError(400);
        admin.post(acme.api("/nlq/synonyms"), Json.createObjectBuilder().add("dataSourceId", sample)
                .add("phrase", "buyers").add("target", "person").add("tableId", orders).build().toString())
                .isJsonError(400);
        admin.post(acme.api("/nlq/synonyms"), Json.createObjectBuilder().add("dataSourceId", sample)
                .add("phrase", "buyers").add("target", "value").add("columnId", acme.column(sample, "orders", "status"))
                .build().toString()).isJsonError(400);
        admin.get(acme.api("/nlq/synonyms")).isJsonError(400);
    }

    /** The execution in the asker's history ran the answer's template with its parameters, not the readable SQL. */
    private void assertRanAsTemplate(Api who, JsonObject answer, String executionId) {
        JsonObject run = who.get(acme.api("/queries/history?limit=50")).array().getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("executionId").equals(executionId)).findFirst()
                .orElseThrow(() -> new AssertionError("execution " + executionId + " is in the history"));
        assertEquals(answer.getString("template"), run.getString("sql"));
        List<String> bound = Json.createReader(new java.io.StringReader(run.getString("parameters"))).readArray()
                .stream().map(p -> p.asJsonObject().getString("name")).toList();
        List<String> given = answer.getJsonArray("parameters").stream()
                .map(p -> p.asJsonObject().getString("name")).toList();
        assertEquals(given, bound);
        for (String name : given) {
            assertTrue(run.getString("sql").contains("{{" + name + "}}"), name + " is a variable of " + run);
        }
        if (!given.isEmpty()) {
            assertNotEquals(answer.getString("sql"), answer.getString("template"), "values are not spliced");
        }
    }

    private static List<String> rowsOf(String sql) throws Exception {
        return direct(SAMPLE, sql);
    }

    private static List<String> comments(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(JsonValue::asJsonObject)
                .map(f -> f.containsKey("comment") ? f.getString("comment") : "").toList();
    }
}
