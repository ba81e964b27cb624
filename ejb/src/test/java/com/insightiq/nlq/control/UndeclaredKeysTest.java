package com.insightiq.nlq.control;

import static com.insightiq.nlq.control.TestSchema.col;
import static com.insightiq.nlq.control.TestSchema.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.PostgresDriver;
import com.insightiq.connection.entity.Engine;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sources that declare no keys at all (many departmental databases): keys and joins come from names and from what the
 * catalog's sample saw, and the readings that depend on them — link tables, entities repeated over rows, values that
 * must all hold, a text inside a name, a column named before its value. Two small schemas in the style of a
 * publications database and a geography database, with the row counts and distinct counts a sync would record.
 */
class UndeclaredKeysTest {
    private static final LocalDate REF = LocalDate.parse("2025-05-14");

    // publications: author(aid, name, oid), organization(oid, name), publication(pid, title, year, cid),
    // conference(cid, name), writes(aid, pid), domain(did, name), domain_author(aid, did), domain_publication(did, pid)
    static final long AUTHOR = 1, ORGANIZATION = 2, PUBLICATION = 3, CONFERENCE = 4, WRITES = 5, DOMAIN = 6,
            DOMAIN_AUTHOR = 7, DOMAIN_PUBLICATION = 8;
    static final long AUTHOR_AID = 11, AUTHOR_NAME = 12, AUTHOR_OID = 13, ORG_OID = 21, ORG_NAME = 22,
            PUB_PID = 31, PUB_TITLE = 32, PUB_YEAR = 33, PUB_CID = 34, CONF_CID = 41, CONF_NAME = 42,
            WRITES_AID = 51, WRITES_PID = 52, DOMAIN_DID = 61, DOMAIN_NAME = 62, DA_AID = 71, DA_DID = 72,
            DP_DID = 81, DP_PID = 82;

    // geography: state(state_name, area), city(city_name, state_name, population), river(river_name, country_name,
    // traverse) with one row per river and state crossed
    static final long STATE = 101, CITY = 102, RIVER = 103, LAKE = 104;
    static final long STATE_NAME = 111, STATE_AREA = 112, STATE_DENSITY = 113, STATE_POPULATION = 114, CITY_NAME = 121, CITY_STATE = 122, CITY_POPULATION = 123,
            RIVER_NAME = 131, RIVER_COUNTRY = 132, RIVER_TRAVERSE = 133, LAKE_NAME = 141, LAKE_AREA = 142,
            LAKE_STATE = 143;

    // travel and papers: airline(airline_code, airline_name), fare(fare_id, fare_airline, round_trip_cost),
    // flight(flight_id, airline_code, stops, meal_code), writer(writer_id, name), paper(paperid, title),
    // writes(writer_id, paperid)
    static final long AIRLINE = 201, FARE = 202, FLIGHT = 203, WRITER = 204, PAPER = 205, WRITES2 = 206,
            AIRPORT = 207;
    static final long AIRLINE_CODE = 211, AIRLINE_NAME = 212, FARE_ID = 221, FARE_AIRLINE = 222, ROUND_TRIP = 223,
            FLIGHT_ID = 231, FLIGHT_AIRLINE = 232, STOPS = 233, MEAL_CODE = 234, WRITER_ID = 241, WRITER_NAME = 242,
            PAPER_ID = 251, PAPER_TITLE = 252, WRITES_WRITER = 261, WRITES_PAPER = 262, FARE_FROM = 224, FARE_TO = 225,
            AIRPORT_CODE = 271, AIRPORT_LOCATION = 272;

    private static QuestionParser parser;
    private final NlqEngine engine = new NlqEngine();

    @BeforeAll
    static void load() {
        parser = QuestionParser.load();
    }

    static SchemaLexicon publications() {
        List<SchemaLexicon.Table> tables = List.of(table(AUTHOR, "author", 40), table(ORGANIZATION, "organization", 8),
                table(PUBLICATION, "publication", 60), table(CONFERENCE, "conference", 5), table(WRITES, "writes", 90),
                table(DOMAIN, "domain", 6), table(DOMAIN_AUTHOR, "domain_author", 45),
                table(DOMAIN_PUBLICATION, "domain_publication", 70));
        List<SchemaLexicon.Column> columns = List.of(
                col(AUTHOR_AID, AUTHOR, "aid", Types.BIGINT, 40, List.of()),
                col(AUTHOR_NAME, AUTHOR, "name", Types.VARCHAR, 39, List.of()),
                col(AUTHOR_OID, AUTHOR, "oid", Types.BIGINT, 8, List.of()),
                col(ORG_OID, ORGANIZATION, "oid", Types.BIGINT, 8, List.of()),
                col(ORG_NAME, ORGANIZATION, "name", Types.VARCHAR, 8, List.of()),
                col(PUB_PID, PUBLICATION, "pid", Types.BIGINT, 60, List.of()),
                col(PUB_TITLE, PUBLICATION, "title", Types.VARCHAR, 60, List.of()),
                col(PUB_YEAR, PUBLICATION, "year", Types.INTEGER, 6, List.of()),
                // every conference holds exactly one publication's worth of ids here: unique, yet a reference
                col(PUB_CID, PUBLICATION, "cid", Types.BIGINT, 5, List.of()),
                col(CONF_CID, CONFERENCE, "cid", Types.BIGINT, 5, List.of()),
                col(CONF_NAME, CONFERENCE, "name", Types.VARCHAR, 5, List.of("Data Summit", "ICML", "Vision Days")),
                col(WRITES_AID, WRITES, "aid", Types.BIGINT, 40, List.of()),
                col(WRITES_PID, WRITES, "pid", Types.BIGINT, 60, List.of()),
                col(DOMAIN_DID, DOMAIN, "did", Types.BIGINT, 6, List.of()),
                col(DOMAIN_NAME, DOMAIN, "name", Types.VARCHAR, 6,
                        List.of("Data Science", "Machine Learning", "Sociology")),
                col(DA_AID, DOMAIN_AUTHOR, "aid", Types.BIGINT, 40, List.of()),
                col(DA_DID, DOMAIN_AUTHOR, "did", Types.BIGINT, 6, List.of()),
                // one link per publication in this sample: unique in its table, still publication's key
                col(DP_DID, DOMAIN_PUBLICATION, "did", Types.BIGINT, 6, List.of()),
                col(DP_PID, DOMAIN_PUBLICATION, "pid", Types.BIGINT, 70, List.of()));
        return new SchemaLexicon(1, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    static SchemaLexicon geography() {
        List<SchemaLexicon.Table> tables = List.of(table(STATE, "state", 50), table(CITY, "city", 50),
                table(RIVER, "river", 30), table(LAKE, "lake", 20));
        List<SchemaLexicon.Column> columns = List.of(
                col(STATE_NAME, STATE, "state_name", Types.VARCHAR, 50, List.of("Michigan", "Ohio", "Texas")),
                col(STATE_AREA, STATE, "area", Types.DOUBLE, 50, List.of()),
                col(STATE_DENSITY, STATE, "density", Types.DOUBLE, 50, List.of()),
                col(STATE_POPULATION, STATE, "population", Types.BIGINT, 50, List.of()),
                // one city per state in this sample: the state's name is unique in city, but it is state's
                col(CITY_NAME, CITY, "city_name", Types.VARCHAR, 48, List.of()),
                col(CITY_STATE, CITY, "state_name", Types.VARCHAR, 50, List.of()),
                col(CITY_POPULATION, CITY, "population", Types.BIGINT, 50, List.of()),
                col(RIVER_NAME, RIVER, "river_name", Types.VARCHAR, 12, List.of()),
                col(RIVER_COUNTRY, RIVER, "country_name", Types.VARCHAR, 3, List.of("Canada", "Mexico", "USA")),
                col(RIVER_TRAVERSE, RIVER, "traverse", Types.VARCHAR, 25, List.of()),
                col(LAKE_NAME, LAKE, "lake_name", Types.VARCHAR, 20, List.of("Lake Erie", "Lake Michigan")),
                col(LAKE_AREA, LAKE, "area", Types.DOUBLE, 20, List.of()),
                col(LAKE_STATE, LAKE, "state_name", Types.VARCHAR, 3, List.of("Michigan", "Ohio")));
        return new SchemaLexicon(2, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    static final long COURSE = 301, SEMESTER = 302, OFFERING = 303, RECORD = 304;
    static final long COURSE_ID = 311, COURSE_NAME = 312, SEMESTER_ID = 321, SEMESTER_TERM = 322, OFFERING_ID = 331,
            OFFERING_COURSE = 332, OFFERING_SEMESTER = 333, RECORD_STUDENT = 341, RECORD_COURSE = 342,
            RECORD_SEMESTER = 343;

    /** Two tables hold a course and a semester number (named just like the table semester, no *_id). */
    static SchemaLexicon courses() {
        List<SchemaLexicon.Table> tables = List.of(table(COURSE, "course", 40), table(SEMESTER, "semester", 12),
                table(OFFERING, "course_offering", 200), table(RECORD, "student_record", 900));
        List<SchemaLexicon.Column> columns = List.of(
                col(COURSE_ID, COURSE, "course_id", Types.BIGINT, 40, List.of()),
                col(COURSE_NAME, COURSE, "name", Types.VARCHAR, 40, List.of()),
                col(SEMESTER_ID, SEMESTER, "semester_id", Types.BIGINT, 12, List.of()),
                col(SEMESTER_TERM, SEMESTER, "semester", Types.VARCHAR, 3, List.of("Fall", "Spring", "Summer")),
                col(OFFERING_ID, OFFERING, "offering_id", Types.BIGINT, 200, List.of()),
                col(OFFERING_COURSE, OFFERING, "course_id", Types.BIGINT, 40, List.of()),
                col(OFFERING_SEMESTER, OFFERING, "semester", Types.BIGINT, 12, List.of()),
                col(RECORD_STUDENT, RECORD, "student_id", Types.BIGINT, 300, List.of()),
                col(RECORD_COURSE, RECORD, "course_id", Types.BIGINT, 40, List.of()),
                col(RECORD_SEMESTER, RECORD, "semester", Types.BIGINT, 12, List.of()));
        return new SchemaLexicon(3, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    @Test
    void aNumberNamedLikeATableIsItsKeyAndTheWayTheQuestionNamesWins() {
        SchemaLexicon lexicon = courses();
        NlQuery offered = answered("How many courses are offered for each semester id?", lexicon);
        assertTrue(offered.joins().contains(new NlQuery.Join(OFFERING_SEMESTER, SEMESTER_ID)),
                offered.joins()::toString);
        assertTrue(offered.joins().stream().noneMatch(j -> j.fromColumnId() == RECORD_SEMESTER
                || j.toColumnId() == RECORD_SEMESTER), offered.joins()::toString);
        // "are there" names neither way: both are readings, and the person chooses
        Translation either = engine.translate(parser.parse("How many courses are there for each semester id?", REF),
                null, lexicon);
        assertEquals(Translation.Status.AMBIGUOUS, either.status(), either::reason);
    }

    private NlQuery answered(String question, SchemaLexicon lexicon) {
        Translation t = engine.translate(parser.parse(question, REF), null, lexicon);
        assertEquals(Translation.Status.ANSWERED, t.status(), () -> t.reason() + " " + t.notUnderstood());
        assertNotNull(t.query());
        return t.query();
    }

    private static String sql(NlQuery q, SchemaLexicon lexicon) {
        return new NlSql().compile(q, lexicon, new PostgresDriver()).sql().replaceAll("\\s+", " ");
    }

    @Test
    void aReferenceThatHappensToBeUniqueIsNotTheTablesKey() {
        SchemaIndex pubs = SchemaIndex.of(publications());
        assertEquals(AUTHOR_AID, pubs.keyColumn(AUTHOR).orElseThrow().id(), "the author's own *id, unique");
        assertEquals(CONF_CID, pubs.keyColumn(CONFERENCE).orElseThrow().id());
        assertFalse(pubs.keyColumn(DOMAIN_PUBLICATION).isPresent(), "a link table has no key of its own");
        assertFalse(pubs.keyColumn(PUBLICATION).filter(k -> k.id() == PUB_CID).isPresent());
        SchemaIndex geo = SchemaIndex.of(geography());
        assertEquals(STATE_NAME, geo.keyColumn(STATE).orElseThrow().id());
        assertFalse(geo.keyColumn(CITY).filter(k -> k.id() == CITY_STATE).isPresent(),
                "city.state_name names the table state");
    }

    @Test
    void aWayThroughLinkTablesIsFoundWithoutDeclaredKeys() {
        SchemaLexicon lexicon = publications();
        NlQuery q = answered("Which authors wrote publications in the domain \"Sociology\"?", lexicon);
        // 39 names for 40 authors: the key keeps the two namesakes apart
        assertEquals(List.of(new NlQuery.Field(AUTHOR_AID, null), new NlQuery.Field(AUTHOR_NAME, null)), q.fields());
        // through the publications the question names, not the shorter way over the authors' own domains
        assertTrue(q.joins().contains(new NlQuery.Join(DP_PID, PUB_PID)), q.joins()::toString);
        assertFalse(q.joins().contains(new NlQuery.Join(DA_AID, AUTHOR_AID)), q.joins()::toString);
        String sql = sql(q, lexicon);
        assertTrue(sql.contains("\"domain_publication\""), sql);
    }

    @Test
    void bothOfTwoValuesKeepsOnlyTheRowsRelatedToEach() {
        SchemaLexicon lexicon = publications();
        NlQuery q = answered("Which authors have written publications in both the domain \"Machine Learning\" and the"
                + " domain \"Data Science\"?", lexicon);
        // 39 names for 40 authors: the key keeps the two namesakes apart
        assertEquals(List.of(new NlQuery.Field(AUTHOR_AID, null), new NlQuery.Field(AUTHOR_NAME, null)), q.fields());
        assertEquals(List.of(new NlQuery.Having(NlQuery.Measure.of(NlQuery.Aggregation.COUNT_DISTINCT, DOMAIN,
                DOMAIN_NAME), NlQuery.Operator.EQUALS, List.of("2"))), q.having());
        String sql = sql(q, lexicon);
        assertTrue(sql.contains("IN ('Machine Learning', 'Data Science')"), sql);
        // grouped by the author's key as well: two authors of the same name stay two
        assertTrue(sql.contains("GROUP BY t0.\"aid\", t0.\"name\" HAVING COUNT(DISTINCT t4.\"name\") = 2"), sql);
        assertFalse(sql.contains("DISTINCT t0"), sql);
        // without "both", either value will do
        NlQuery either = answered("Which authors have written publications in the domain \"Machine Learning\" or"
                + " the domain \"Data Science\"?", lexicon);
        assertTrue(either.having().isEmpty());
    }

    @Test
    void aTextInItsNameIsContainedNotEqual() {
        SchemaLexicon lexicon = publications();
        NlQuery q = answered("How many publications were presented in the conference with \"Data\" in its name?",
                lexicon);
        assertEquals(List.of(new NlQuery.Condition(CONF_NAME, NlQuery.Operator.CONTAINS, List.of("Data"), false,
                false)), q.filters());
        assertTrue(q.fields().isEmpty(), "the name is where the text is, not a column to show or group by");
    }

    @Test
    void aColumnNamedRightBeforeItsValueOnlySaysWhereTheValueBelongs() {
        SchemaLexicon lexicon = publications();
        NlQuery q = answered("How many publications were published in the year 2020?", lexicon);
        assertEquals(List.of(new NlQuery.Condition(PUB_YEAR, NlQuery.Operator.EQUALS, List.of("2020"), false,
                false)), q.filters());
        assertTrue(q.fields().isEmpty(), q.fields()::toString);
        assertEquals(List.of(NlQuery.Measure.of(NlQuery.Aggregation.COUNT, PUBLICATION, null)), q.measures());
    }

    @Test
    void thatYearIsTheYearAlreadyKept() {
        SchemaLexicon lexicon = publications();
        NlQuery q = answered("Which author had the most publications in the year 2021 and how many publications did"
                + " he/she have that year?", lexicon);
        assertEquals(List.of(new NlQuery.Condition(PUB_YEAR, NlQuery.Operator.EQUALS, List.of("2021"), false,
                false)), q.filters());
        assertEquals(1, q.limit());
        assertTrue(q.fields().stream().noneMatch(f -> f.columnId() == PUB_YEAR), q.fields()::toString);
    }

    @Test
    void thatStateIsTheStateOfTheGroup() {
        SchemaLexicon lexicon = geography();
        NlQuery q = answered("What is the area of each state and what is the population density of that state?",
                lexicon);
        assertTrue(q.joins().isEmpty(), () -> sql(q, lexicon));
        // one group per state row: its own values, not sums of one
        assertEquals(List.of(NlQuery.Measure.of(NlQuery.Aggregation.VALUE, STATE, STATE_AREA),
                NlQuery.Measure.of(NlQuery.Aggregation.VALUE, STATE, STATE_DENSITY)), q.measures());
        assertEquals(List.of(new NlQuery.Field(STATE_NAME, null)), q.fields());
    }

    @Test
    void entitiesRepeatedOverRowsAreCountedOnce() {
        SchemaLexicon lexicon = geography();
        String rivers = sql(answered("How many rivers are there in each country?", lexicon), lexicon);
        assertTrue(rivers.contains("COUNT(DISTINCT t0.\"river_name\")"), rivers);
        String states = sql(answered("How many states are there?", lexicon), lexicon);
        assertTrue(states.contains("COUNT(*)"), "one row per state: " + states);
    }

    @Test
    void rowsOfOneTableShownByWhatIdentifiesThemAreNotMerged() {
        SchemaLexicon lexicon = geography();
        NlQuery states = answered("Which states have an area over 1000?", lexicon);
        assertEquals(List.of(new NlQuery.Field(STATE_NAME, null)), states.fields());
        assertFalse(states.distinct());
        // a column that is not what the rows are: each country once
        NlQuery countries = answered("Which countries have rivers?", lexicon);
        assertEquals(List.of(new NlQuery.Field(RIVER_COUNTRY, null)), countries.fields());
        assertTrue(countries.distinct());
    }

    @Test
    void theReadingWithFewestJoinsWinsAndAValueIsMatchedAsWritten() {
        SchemaLexicon lexicon = geography();
        // "Michigan" is a value of lake.state_name and of state.state_name; "lakes in Michigan" is not the value
        // "Lake Michigan"; "areas" is the lake's and the state's: the lakes' own columns need no join
        NlQuery q = answered("What are the names and areas of the lakes in Michigan?", lexicon);
        assertEquals(List.of(new NlQuery.Field(LAKE_NAME, null), new NlQuery.Field(LAKE_AREA, null)), q.fields());
        assertEquals(List.of(new NlQuery.Condition(LAKE_STATE, NlQuery.Operator.EQUALS, List.of("Michigan"), false,
                false)), q.filters());
        assertTrue(q.joins().isEmpty(), q.joins()::toString);
        // a list nobody ranked comes in the order of its first column
        assertEquals(List.of(new NlQuery.Order(null, LAKE_NAME, false)), q.order());
    }

    @Test
    void aColumnAfterTableWithBelongsToThatTable() {
        SchemaLexicon lexicon = geography();
        // lake and state both have an area; "states with an area" says whose, though the question is about lakes
        NlQuery q = answered("Which lakes are located in states with an area greater than 1000?", lexicon);
        assertEquals(List.of(new NlQuery.Field(LAKE_NAME, null)), q.fields());
        assertEquals(List.of(new NlQuery.Condition(STATE_AREA, NlQuery.Operator.GREATER, List.of("1000"), false,
                false)), q.filters());
        assertEquals(List.of(new NlQuery.Join(LAKE_STATE, STATE_NAME)), q.joins());
        NlQuery own = answered("Which lakes have an area greater than 1000?", lexicon);
        assertEquals(LAKE_AREA, own.filters().get(0).columnId());
    }

    static SchemaLexicon travelAndPapers() {
        List<SchemaLexicon.Table> tables = List.of(table(AIRLINE, "airline", 10), table(FARE, "fare", 200),
                table(FLIGHT, "flight", 300), table(WRITER, "writer", 30), table(PAPER, "paper", 50),
                table(WRITES2, "writes", 80), table(AIRPORT, "airport", 6));
        List<SchemaLexicon.Column> columns = List.of(
                col(AIRLINE_CODE, AIRLINE, "airline_code", Types.VARCHAR, 10, List.of()),
                col(AIRLINE_NAME, AIRLINE, "airline_name", Types.VARCHAR, 10, List.of()),
                col(FARE_ID, FARE, "fare_id", Types.BIGINT, 200, List.of()),
                col(FARE_AIRLINE, FARE, "fare_airline", Types.VARCHAR, 10, List.of()),
                col(ROUND_TRIP, FARE, "round_trip_cost", Types.BIGINT, 120, List.of()),
                col(FARE_FROM, FARE, "from_airport", Types.VARCHAR, 6, List.of("JFK", "LAX", "ORD")),
                col(FARE_TO, FARE, "to_airport", Types.VARCHAR, 6, List.of("JFK", "LAX", "ORD")),
                col(AIRPORT_CODE, AIRPORT, "airport_code", Types.VARCHAR, 6, List.of()),
                col(AIRPORT_LOCATION, AIRPORT, "airport_location", Types.VARCHAR, 6,
                        List.of("Chicago", "Los Angeles", "New York")),
                col(FLIGHT_ID, FLIGHT, "flight_id", Types.BIGINT, 300, List.of()),
                col(FLIGHT_AIRLINE, FLIGHT, "airline_code", Types.VARCHAR, 10, List.of()),
                col(STOPS, FLIGHT, "stops", Types.INTEGER, 3, List.of()),
                // a code column whose values include "1": a number after "more than" is still a quantity
                col(MEAL_CODE, FLIGHT, "meal_code", Types.VARCHAR, 3, List.of("1", "2", "S")),
                col(WRITER_ID, WRITER, "writer_id", Types.BIGINT, 30, List.of()),
                col(WRITER_NAME, WRITER, "name", Types.VARCHAR, 30, List.of()),
                col(PAPER_ID, PAPER, "paperid", Types.BIGINT, 50, List.of()),
                col(PAPER_TITLE, PAPER, "title", Types.VARCHAR, 50, List.of()),
                col(WRITES_WRITER, WRITES2, "writer_id", Types.BIGINT, 30, List.of()),
                col(WRITES_PAPER, WRITES2, "paperid", Types.BIGINT, 50, List.of()));
        return new SchemaLexicon(3, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    @Test
    void aHyphenatedWordMatchesTheColumnItsPartsName() {
        // the tokenizer splits "round-trip" into round, -, trip
        NlQuery q = answered("What is the total cost of round-trip fares for each airline?", travelAndPapers());
        assertEquals(List.of(NlQuery.Measure.of(NlQuery.Aggregation.SUM, FARE, ROUND_TRIP)), q.measures());
        // "each airline": the fare's own airline column, no join needed
        assertEquals(List.of(new NlQuery.Field(FARE_AIRLINE, null)), q.fields());
    }

    @Test
    void aShareOutOfAllRowsOfTheSameTable() {
        SchemaLexicon lexicon = travelAndPapers();
        NlQuery q = answered("What is the proportion of flights with more than 1 stops out of all flights for each"
                + " airline code?", lexicon);
        NlQuery.Measure share = q.measures().get(0);
        assertEquals(NlQuery.Aggregation.SHARE, share.aggregation());
        assertEquals(List.of(new NlQuery.Condition(STOPS, NlQuery.Operator.GREATER, List.of("1"), false, false)),
                share.where());
        assertTrue(q.filters().isEmpty(), "the condition is what the share counts, not a filter");
        assertEquals(List.of(new NlQuery.Field(FLIGHT_AIRLINE, null)), q.fields());
    }

    @Test
    void aVerbTableBeforeTheTableItLeadsToIsAWay() {
        SchemaLexicon lexicon = travelAndPapers();
        // "wrote papers" is not writes.paperid: "papers" names the table writes.paperid points at
        NlQuery q = answered("How many writers wrote papers with the title \"Rivers\"?", lexicon);
        assertEquals(List.of(NlQuery.Measure.of(NlQuery.Aggregation.COUNT, WRITER, null)), q.measures());
        assertEquals(List.of(new NlQuery.Condition(PAPER_TITLE, NlQuery.Operator.EQUALS, List.of("Rivers"), false,
                false)), q.filters());
        String sql = sql(q, lexicon);
        assertTrue(sql.contains("COUNT(DISTINCT t0.\"writer_id\")"), sql);
    }

    @Test
    void rowsWithoutTheThingTheyReferToHaveAnEmptyReference() {
        SchemaLexicon lexicon = publications();
        NlQuery q = answered("Which authors are not part of any organization?", lexicon);
        // 39 names for 40 authors: the key keeps the two namesakes apart
        assertEquals(List.of(new NlQuery.Field(AUTHOR_AID, null), new NlQuery.Field(AUTHOR_NAME, null)), q.fields());
        assertEquals(List.of(new NlQuery.Condition(AUTHOR_OID, NlQuery.Operator.IS_EMPTY, List.of(), false, false)),
                q.filters());
        // never joined: an inner join would keep only the authors that have one
        assertTrue(q.joins().isEmpty(), q.joins()::toString);
        assertTrue(sql(q, lexicon).contains("WHERE t0.\"oid\" IS NULL"));
    }

    @Test
    void aPlaceAfterToIsNotReachedThroughTheFromKey() {
        SchemaLexicon lexicon = travelAndPapers();
        // both ends named by their codes: the fare's own from/to columns
        NlQuery codes = answered("What is the total cost of round-trip fares from JFK to LAX?", lexicon);
        assertEquals(List.of(new NlQuery.Condition(FARE_FROM, NlQuery.Operator.EQUALS, List.of("JFK"), false, false),
                new NlQuery.Condition(FARE_TO, NlQuery.Operator.EQUALS, List.of("LAX"), false, false)),
                codes.filters());
        // "to Los Angeles" is the airport's location: joined through from_airport it would be another route
        Translation t = engine.translate(parser.parse("What is the total cost of round-trip fares from JFK to Los"
                + " Angeles?", REF), null, lexicon);
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), () -> String.valueOf(t.query()));
    }
}
