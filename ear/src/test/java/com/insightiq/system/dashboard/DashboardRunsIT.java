package com.insightiq.system.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.Database;
import com.insightiq.system.Tenancy;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Running dashboards over the REST API on acme's sample database: three question cards wired to a date and a category
 * filter answer what the same SQL answers straight on the database; viewers run, other tenants see nothing; a card on
 * a data source that is down fails alone; the ndjson stream arrives card by card; a second run comes from the cache;
 * filter choices are searched and narrowed by linked filters; bad filter values are 400.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardRunsIT {
    static final String ORDERS = "SELECT count(*) AS orders, sum(total) AS revenue FROM orders WHERE {{created}}";
    static final String BY_CATEGORY = "SELECT p.category, sum(l.line_total) AS revenue FROM order_lines l"
            + " JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id"
            + " WHERE {{created}} AND {{category}} GROUP BY p.category ORDER BY p.category";
    static final String PRODUCTS = "SELECT count(*) AS products, round(avg(price), 2) AS average FROM products"
            + " WHERE created_at::date BETWEEN {{range}} [[AND category = {{category}}]]";


    /** The 3-card dashboard with a date filter "created" and a category filter "category" wired to every card. */
    record Fixture(long dashboard, long orders, long byCategory, long products, long text) {
    }

    static Fixture threeCards(SampleDashboards s, int ttl) {
        long created = s.column(s.sampleId, "orders", "created_at");
        long category = s.column(s.sampleId, "products", "category");
        String nonce = " /* " + UUID.randomUUID() + " */";
        long q1 = s.question(s.sampleId, "Orders", ORDERS + nonce, ttl, Json.createArrayBuilder()
                .add(SampleDashboards.parameter("created", "field", created)));
        long q2 = s.question(s.sampleId, "Revenue by category", BY_CATEGORY + nonce, ttl, Json.createArrayBuilder()
                .add(SampleDashboards.parameter("created", "field", created))
                .add(SampleDashboards.parameter("category", "field", category)));
        long q3 = s.question(s.sampleId, "Products", PRODUCTS + nonce, ttl, Json.createArrayBuilder()
                .add(SampleDashboards.parameter("range", "date-range", null).add("default",
                        Json.createObjectBuilder().add("from", "2000-01-01").add("to", "2100-01-01")))
                .add(SampleDashboards.parameter("category", "text", null)));
        long d = s.dashboard("Sales " + nonce, Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", "created").add("name", "Created").add("type", "date"))
                .add(Json.createObjectBuilder().add("id", "category").add("name", "Category").add("type", "category")));
        long c1 = s.card(d, q1, 0, "created", "created");
        long c2 = s.card(d, q2, 1, "created", "created", "category", "category");
        long c3 = s.card(d, q3, 2, "created", "range", "category", "category");
        long text = s.textCard(d, 0, "## Sales in {{category}}\n\n<script>alert(1)</script> [x](javascript:alert(1))");
        return new Fixture(d, c1, c2, c3, text);
    }

    static Map<Long, JsonObject> byCard(List<SampleDashboards.Line> lines) {
        Map<Long, JsonObject> cards = new HashMap<>();
        lines.forEach(l -> cards.put(l.card().getJsonNumber("cardId").longValue(), l.card()));
        return cards;
    }

    @Test
    void cardsAnswerWithTheFilterValuesWhatTheSqlAnswersDirectly() throws Exception {
        try (SampleDashboards s = new SampleDashboards()) {
            Fixture f = threeCards(s, 600);
            LocalDate first = LocalDate.parse(SampleDashboards.direct(
                    "SELECT min(created_at)::date FROM orders").get(0));
            LocalDate from = first.plusDays(60);
            LocalDate to = first.plusDays(240);
            Map<String, Object> filters = Map.of("created", from + "~" + to, "category", List.of("Gizmo"));
            List<SampleDashboards.Line> lines = SampleDashboards.stream(s.admin, f.dashboard(),
                    SampleDashboards.runBody(filters));
            Map<Long, JsonObject> cards = byCard(lines);
            assertEquals(4, lines.size(), lines.toString());
            for (JsonObject card : cards.values()) {
                assertEquals("ok", card.getString("status"), card.toString());
            }
            Timestamp start = Timestamp.valueOf(from.atStartOfDay());
            Timestamp end = Timestamp.valueOf(to.plusDays(1).atStartOfDay());
            assertEquals(SampleDashboards.direct("SELECT count(*), sum(total) FROM orders"
                    + " WHERE created_at >= ? AND created_at < ?", start, end), SampleDashboards.rows(cards.get(f.orders())));
            assertEquals(SampleDashboards.direct("SELECT p.category, sum(l.line_total) FROM order_lines l"
                            + " JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id"
                            + " WHERE o.created_at >= ? AND o.created_at < ? AND p.category IN ('Gizmo')"
                            + " GROUP BY p.category ORDER BY p.category", start, end),
                    SampleDashboards.rows(cards.get(f.byCategory())));
            assertEquals(SampleDashboards.direct("SELECT count(*), round(avg(price), 2) FROM products"
                            + " WHERE created_at::date BETWEEN ? AND ? AND category = 'Gizmo'", java.sql.Date.valueOf(from),
                    java.sql.Date.valueOf(to)), SampleDashboards.rows(cards.get(f.products())));
            assertEquals(Set.of("created", "category"), Set.copyOf(cards.get(f.byCategory()).getJsonArray("applied")
                    .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
            String html = cards.get(f.text()).getString("html");
            assertTrue(html.contains("<h2>Sales in Gizmo</h2>"), html);
            assertFalse(html.contains("<script>") || html.contains("href=\"javascript"), html);

            JsonObject single = s.admin.post(SampleDashboards.API + "/dashboards/" + f.dashboard() + "/cards/"
                    + f.orders() + "/run", SampleDashboards.runBody(filters)).json();
            assertTrue(single.getBoolean("cached"), "the stream's run filled the cache: " + single);
            assertEquals(SampleDashboards.rows(cards.get(f.orders())), SampleDashboards.rows(single));
            assertEquals(cards.get(f.orders()).getString("updatedAt"), single.getString("updatedAt"),
                    "a cached answer keeps the time its rows were read");
            Map<Long, JsonObject> again = byCard(SampleDashboards.stream(s.admin, f.dashboard(),
                    SampleDashboards.runBody(filters)));
            for (long card : List.of(f.orders(), f.byCategory(), f.products())) {
                assertTrue(again.get(card).getBoolean("cached"), again.get(card).toString());
            }
            assertEquals(3, Database.count("SELECT count(*) FROM tenant_acme.query_run WHERE dashboard_id = ?"
                    + " AND question_id IS NOT NULL AND NOT cached", f.dashboard()), "each card's first run recorded");

            Map<String, Object> two = Map.of("created", from + "~" + to, "category", List.of("Gizmo", "Widget"));
            Map<Long, JsonObject> mixed = byCard(SampleDashboards.stream(s.admin, f.dashboard(),
                    SampleDashboards.runBody(two)));
            assertEquals("ok", mixed.get(f.byCategory()).getString("status"));
            assertEquals(2, SampleDashboards.rows(mixed.get(f.byCategory())).size());
            assertEquals("error", mixed.get(f.products()).getString("status"), "a text variable takes one value");
            assertEquals("bad-filter", mixed.get(f.products()).getString("errorCode"));
            assertTrue(mixed.get(f.products()).getString("error").contains("{{category}}"));
        }
    }

    @Test
    void viewersRunOtherTenantsFindNothingAndBadValuesAre400() {
        try (SampleDashboards s = new SampleDashboards()) {
            Fixture f = threeCards(s, 600);
            String viewerEmail = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
            Tenancy.addMember(s.admin, SampleDashboards.SLUG, viewerEmail, "viewer");
            Api viewer = Api.signIn(viewerEmail, Tenancy.PASSWORD);
            Map<Long, JsonObject> cards = byCard(SampleDashboards.stream(viewer, f.dashboard(),
                    SampleDashboards.runBody(Map.of("created", "past5years"))));
            assertEquals(4, cards.size());
            cards.values().forEach(c -> assertEquals("ok", c.getString("status"), c.toString()));

            String other = Tenancy.uniqueSlug("dashx");
            Api stranger = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), other), Tenancy.PASSWORD);
            stranger.post("/t/" + other + "/api/v1/dashboards/" + f.dashboard() + "/run", "{}").isJsonError(404);
            stranger.post("/t/" + other + "/api/v1/dashboards/" + f.dashboard() + "/cards/" + f.orders() + "/run",
                    "{}").isJsonError(404);
            assertTrue(Set.of(403, 404).contains(stranger.post(SampleDashboards.API + "/dashboards/" + f.dashboard()
                    + "/run", "{}").status()), "not a member of acme");

            String run = SampleDashboards.API + "/dashboards/" + f.dashboard() + "/run";
            for (String bad : List.of("{\"filters\":{\"created\":\"2024-13-45\"}}",
                    "{\"filters\":{\"created\":\"yesterweek\"}}", "{\"filters\":{\"created\":[\"a\",\"b\"]}}",
                    "{\"filters\":{\"created\":{\"from\":1}}}", "{\"filters\":{\"category\":{\"x\":1}}}",
                    "{\"filters\":{\"nope\":\"x\"}}", "{\"filters\":[]}", "[1]", "{\"filterz\":{}}", "not json")) {
                Api.Reply reply = s.admin.post(run, bad).isJsonError(400);
                assertFalse(reply.message().isBlank());
            }
            assertTrue(s.admin.post(run, "{\"filters\":{\"created\":\"2024-13-45\"}}").message().contains("Created"));
            s.admin.post(SampleDashboards.API + "/dashboards/" + f.dashboard() + "/cards/" + f.orders() + "/run",
                    "{\"filters\":{\"created\":true}}").isJsonError(400);
            s.admin.post(SampleDashboards.API + "/dashboards/" + f.dashboard() + "/cards/999999999/run", "{}")
                    .isJsonError(404);
            s.admin.post(SampleDashboards.API + "/dashboards/999999999/run", "{}").isJsonError(404);
            Api.anonymous().post(run, "{}").isJsonError(401);

            long required = s.dashboard("Required", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("id", "region").add("name", "Region").add("type", "category").add("required", true)));
            assertTrue(s.admin.post(SampleDashboards.API + "/dashboards/" + required + "/run", "{}").isJsonError(400)
                    .message().contains("Region"));
        }
    }

    @Test
    void aCardOnADataSourceThatIsDownFailsAloneAndTheStreamArrivesCardByCard() throws Exception {
        try (SampleDashboards s = new SampleDashboards()) {
            long down = s.deadSource(s.sampleId);
            String nonce = " /* " + UUID.randomUUID() + " */";
            long broken = s.question(down, "Broken", "SELECT count(*) FROM orders" + nonce, 0,
                    Json.createArrayBuilder());
            long slow = s.question(s.sampleId, "Slow", "SELECT 1 AS slept FROM pg_sleep(3)" + nonce, 0,
                    Json.createArrayBuilder());
            long fast = s.question(s.sampleId, "Fast", "SELECT count(*) FROM products" + nonce, 0,
                    Json.createArrayBuilder());
            long d = s.dashboard("Mixed " + nonce, Json.createArrayBuilder());
            long brokenCard = s.card(d, broken, 0);
            long slowCard = s.card(d, slow, 1);
            long fastCard = s.card(d, fast, 2);
            List<SampleDashboards.Line> lines = SampleDashboards.stream(s.admin, d, "{}");
            Map<Long, JsonObject> cards = byCard(lines);
            assertEquals(3, cards.size(), lines.toString());
            JsonObject failed = cards.get(brokenCard);
            assertEquals("error", failed.getString("status"), failed.toString());
            assertTrue(failed.getString("error").length() > 10, failed.toString());
            assertFalse(failed.getString("error").contains("Exception"), failed.toString());
            assertEquals("ok", cards.get(fastCard).getString("status"), cards.get(fastCard).toString());
            assertEquals(SampleDashboards.direct("SELECT count(*) FROM products"),
                    SampleDashboards.rows(cards.get(fastCard)));
            assertEquals("ok", cards.get(slowCard).getString("status"), cards.get(slowCard).toString());
            long slowAt = lines.stream().filter(l -> l.card().getJsonNumber("cardId").longValue() == slowCard)
                    .findFirst().orElseThrow().atMs();
            long fastAt = lines.stream().filter(l -> l.card().getJsonNumber("cardId").longValue() == fastCard)
                    .findFirst().orElseThrow().atMs();
            assertTrue(slowAt - fastAt >= 1500, "the fast card arrived before the slow one finished: fast at "
                    + fastAt + " ms, slow at " + slowAt + " ms");
        }
    }

    @Test
    void choicesAreSearchedAndNarrowedByLinkedFilters() throws Exception {
        try (SampleDashboards s = new SampleDashboards()) {
            long country = s.column(s.sampleId, "people", "country");
            long city = s.column(s.sampleId, "people", "city");
            long category = s.column(s.sampleId, "products", "category");
            long status = s.column(s.sampleId, "orders", "status");
            long q = s.question(s.sampleId, "Orders by place", "SELECT count(*) FROM orders o JOIN people p"
                    + " ON p.id = o.person_id WHERE {{country}} /* " + UUID.randomUUID() + " */", 600, Json.createArrayBuilder()
                    .add(SampleDashboards.parameter("country", "field", country)));
            long d = s.dashboard("Places", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("id", "country").add("name", "Country").add("type", "category"))
                    .add(Json.createObjectBuilder().add("id", "status").add("name", "Status").add("type", "category")
                            .add("columnId", status))
                    .add(Json.createObjectBuilder().add("id", "city").add("name", "City").add("type", "category")
                            .add("columnId", city).add("linkedTo", Json.createArrayBuilder().add("country")))
                    .add(Json.createObjectBuilder().add("id", "where").add("name", "Where").add("type", "category")
                            .add("columnId", country).add("linkedTo", Json.createArrayBuilder().add("status")))
                    .add(Json.createObjectBuilder().add("id", "category").add("name", "Category").add("type", "text")
                            .add("columnId", category)));
            s.card(d, q, 0, "country", "country");
            String base = SampleDashboards.API + "/dashboards/" + d + "/filters/";

            List<String> countries = values(s.admin.get(base + "country/choices").array());
            assertEquals(new TreeSet<>(SampleDashboards.direct("SELECT DISTINCT country FROM people")),
                    new TreeSet<>(countries), "the wired field filter's column gives the values");
            List<String> gi = values(s.admin.get(base + "category/choices?q=gI").array());
            assertEquals(List.of("Gizmo"), gi);

            String someCountry = countries.get(0);
            List<String> narrowed = values(s.admin.get(base + "city/choices?country="
                    + java.net.URLEncoder.encode(someCountry, java.nio.charset.StandardCharsets.UTF_8)).array());
            assertEquals(new TreeSet<>(SampleDashboards.direct("SELECT DISTINCT city FROM people WHERE country = ?",
                    someCountry)), new TreeSet<>(narrowed));

            List<String> hop = values(s.admin.get(base + "where/choices?status=refunded").array());
            assertEquals(new TreeSet<>(SampleDashboards.direct("SELECT DISTINCT p.country FROM people p"
                    + " JOIN orders o ON o.person_id = p.id WHERE o.status = 'refunded'")), new TreeSet<>(hop),
                    "one foreign-key hop: orders.person_id → people.id");

            s.admin.get(base + "nope/choices").isJsonError(404);
            s.admin.get(base + "city/choices?unknown=1").isJsonError(400);
            long refunded = hop.size();
            assertTrue(refunded > 0);
            assertTrue(Set.copyOf(countries).containsAll(hop.stream().collect(Collectors.toSet())));
        }
    }

    static List<String> values(JsonArray choices) {
        return choices.getValuesAs(JsonObject.class).stream().map(c -> c.getString("value")).toList();
    }

    static JsonArrayBuilder none() {
        return Json.createArrayBuilder();
    }
}
