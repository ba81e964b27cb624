package com.insightiq.nlq.control;

import static com.insightiq.nlq.control.TestSchema.col;
import static com.insightiq.nlq.control.TestSchema.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.PostgresDriver;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guidance that says which tables to join ("join domain, domain_author, author to link the domain to the author"):
 * the reading goes through them, leaves them out of questions about other tables, and refuses when they would have
 * to close a loop a join tree cannot hold.
 */
class GuidedJoinsTest {
    private static final long DOMAIN_CONFERENCE = 9, DC_DID = 91, DC_CID = 92;
    private static final String THROUGH_AUTHORS = "To get publications written by authors from a given domain, join "
            + "domain, domain_author, author to link the domain to the author first, and then join with writes to "
            + "link with the publication id.";

    /** The publications schema with the conferences each domain holds, every key undeclared. */
    private static SchemaLexicon publications() {
        SchemaLexicon base = UndeclaredKeysTest.publications();
        List<SchemaLexicon.Table> tables = new ArrayList<>(base.tables());
        tables.add(table(DOMAIN_CONFERENCE, "domain_conference", 12));
        List<SchemaLexicon.Column> columns = new ArrayList<>(base.columns());
        columns.add(col(DC_DID, DOMAIN_CONFERENCE, "did", Types.BIGINT, 6, List.of()));
        columns.add(col(DC_CID, DOMAIN_CONFERENCE, "cid", Types.BIGINT, 5, List.of()));
        return new SchemaLexicon(1, base.engine(), tables, columns, List.of(), List.of());
    }

    private static String sql(Translation t, SchemaLexicon lexicon) {
        assertEquals(Translation.Status.ANSWERED, t.status(), () -> t.reason() + " " + t.notUnderstood());
        return new NlSql().compile(t.query(), lexicon, new PostgresDriver()).sql().replaceAll("\\s+", " ");
    }

    @Test
    void theTablesAJoinSentenceNamesAreTheWayTheReadingGoes() {
        SchemaLexicon lexicon = publications();
        String question = "What are the names of the authors who have written publications in the domain Sociology?";
        String unguided = sql(Asking.translate(lexicon, question), lexicon);
        assertTrue(unguided.contains("\"domain_publication\"") && !unguided.contains("\"domain_author\""), unguided);

        String guided = sql(Asking.translate(lexicon, question, THROUGH_AUTHORS), lexicon);
        assertTrue(guided.contains("\"domain_author\"") && guided.contains("\"writes\"")
                && !guided.contains("\"domain_publication\""), guided);
        assertTrue(guided.contains("'Sociology'"), guided);
    }

    @Test
    void aJoinSentenceAboutOtherTablesAddsNoJoin() {
        SchemaLexicon lexicon = publications();
        String sql = sql(Asking.translate(lexicon, "How many publications were presented at each conference?",
                THROUGH_AUTHORS), lexicon);
        assertFalse(sql.contains("\"domain") || sql.contains("\"author\"") || sql.contains("\"writes\""), sql);
        assertTrue(sql.contains("\"conference\""), sql);
    }

    @Test
    void aGuidedTableThatWouldCloseALoopIsRefusedNotHalfJoined() {
        SchemaLexicon lexicon = publications();
        // unguided, the publications are shown (not the conferences: "publications of the domain" are no link rows)
        String unguided = sql(Asking.translate(lexicon, "Which publications of the domain Sociology were presented "
                + "at conferences?"), lexicon);
        assertTrue(unguided.startsWith("SELECT DISTINCT t0.\"title\"") && unguided.contains("'Sociology'"), unguided);
        // the domain's authors wrote them and the domain's conferences presented them: two ways between publication
        // and domain that must both hold
        Translation t = Asking.translate(lexicon, "What are the publications written by authors from the domain "
                + "Sociology and presented at conferences?", THROUGH_AUTHORS + " Finally, to see which ones were "
                + "presented at conferences, join the domain table with the domain_conference table.");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), () -> String.valueOf(t.query()));
        assertTrue(t.reason().contains("guidance"), t.reason());
    }
}
