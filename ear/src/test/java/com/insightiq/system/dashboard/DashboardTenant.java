package com.insightiq.system.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.system.Api;
import com.insightiq.system.Database;
import com.insightiq.system.SourceFixtures;
import com.insightiq.system.Tenancy;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A fresh tenant for one dashboard test with a small PostgreSQL source ({@code sales(id, region, amount, sold_on)}:
 * north 10 + 20, south 5) and helpers for the questions and dashboards APIs: questions with parameters, cards,
 * filters and dashboards as JSON bodies. Shared by the dashboard system tests; close it to drop the source database.
 */
public final class DashboardTenant implements AutoCloseable {
    /** A question over sales with one optional text parameter {@code region}. */
    public static final String BY_REGION = "SELECT region, sum(amount) AS total FROM sales"
            + " [[WHERE region = {{region}}]] GROUP BY region ORDER BY region";

    public final String slug;
    public final Api admin;
    public final SourceFixtures.Fixture fixture;
    public final long sourceId;

    private DashboardTenant(String slug, Api admin, SourceFixtures.Fixture fixture, long sourceId) {
        this.slug = slug;
        this.admin = admin;
        this.fixture = fixture;
        this.sourceId = sourceId;
    }

    public static DashboardTenant create(String prefix) {
        String slug = Tenancy.uniqueSlug(prefix);
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        SourceFixtures.Fixture fixture = SourceFixtures.postgres(prefix);
        fixture.execute("CREATE TABLE sales (id INT PRIMARY KEY, region TEXT NOT NULL, amount NUMERIC(10,2),"
                + " sold_on DATE NOT NULL)");
        fixture.execute("INSERT INTO sales VALUES (1, 'north', 10.00, '2024-01-05'), (2, 'north', 20.00, "
                + "'2024-02-10'), (3, 'south', 5.00, '2024-03-15')");
        fixture.execute("ALTER TABLE sales OWNER TO " + fixture.user());
        Api.Reply source = admin.post("/t/" + slug + "/api/v1/datasources", fixture.body("Sales").build().toString());
        assertEquals(201, source.status(), source::toString);
        return new DashboardTenant(slug, admin, fixture, source.json().getJsonNumber("id").longValue());
    }

    /** Adds a member with this role (analyst, viewer, admin) and signs them in. */
    public Api member(String role, String name) {
        String email = name + "@" + slug.replace('_', '-') + ".test";
        Tenancy.addMember(admin, slug, email, role);
        return Api.signIn(email, Tenancy.PASSWORD);
    }

    public String questions() {
        return "/t/" + slug + "/api/v1/questions";
    }

    public String dashboards() {
        return "/t/" + slug + "/api/v1/dashboards";
    }

    public String dashboard(long id) {
        return dashboards() + "/" + id;
    }

    /** Creates a question over the sales source; {@code parameters} may be null. Returns its id. */
    public long question(String name, String sql, JsonArrayBuilder parameters) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name).add("dataSourceId", sourceId)
                .add("sql", sql).add("parameters", parameters == null ? Json.createArrayBuilder() : parameters)
                .add("visualization", Json.createObjectBuilder().add("type", "table")
                        .add("settings", Json.createObjectBuilder()));
        Api.Reply created = admin.post(questions(), body.build().toString());
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    /** {@link #BY_REGION} with its text parameter {@code region}. */
    public long regionQuestion(String name) {
        return question(name, BY_REGION, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("name", "region").add("type", "text").add("label", "Region")));
    }

    /** A dashboard body with empty tabs, filters and cards, to add to. */
    public static JsonObjectBuilder body(String name) {
        return Json.createObjectBuilder().add("name", name).add("tabs", Json.createArrayBuilder())
                .add("filters", Json.createArrayBuilder()).add("cards", Json.createArrayBuilder());
    }

    /** A question card at (col, row) of size width × height. */
    public static JsonObjectBuilder questionCard(long questionId, int col, int row, int width, int height) {
        return Json.createObjectBuilder().add("kind", "question").add("questionId", questionId).add("col", col)
                .add("row", row).add("width", width).add("height", height);
    }

    /** A markdown text card at (col, row) of size width × height. */
    public static JsonObjectBuilder textCard(String text, int col, int row, int width, int height) {
        return Json.createObjectBuilder().add("kind", "text").add("text", text).add("col", col).add("row", row)
                .add("width", width).add("height", height);
    }

    /** A filter of {@code type} (date, category, number, text, id) without default. */
    public static JsonObjectBuilder filter(String id, String name, String type) {
        return Json.createObjectBuilder().add("id", id).add("name", name).add("type", type);
    }

    /** Wires dashboard filter {@code filterId} to the card's {@code {{parameter}}}. */
    public static JsonArrayBuilder mapping(String filterId, String parameter) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("filterId", filterId)
                .add("parameter", parameter));
    }

    /** Creates the dashboard (201 expected) and returns it as the API answers. */
    public JsonObject createDashboard(JsonObjectBuilder body) {
        Api.Reply created = admin.post(dashboards(), body.build().toString());
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    /** A collection made straight in the tenant schema. */
    public long collection(String name) {
        return Database.count("INSERT INTO tenant_" + slug + ".collection (name, created_by) VALUES (?, 1) RETURNING id",
                name);
    }

    @Override
    public void close() {
        fixture.close();
    }
}
