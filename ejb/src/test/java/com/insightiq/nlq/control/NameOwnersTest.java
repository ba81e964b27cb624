package com.insightiq.nlq.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A name is its owner's own: "the first name and last name of the customer" where customers have only a name must not
 * show the doctors' first and last names. Schema of {@link DurationsTest}: doctors(first_name, last_name), customers
 * (name), sales, payments, treatments.
 */
class NameOwnersTest {

    @Test
    void namesTheOwnerDoesNotHaveAreRefusedNotTakenFromAnotherTable() {
        Translation t = Asking.translate(DurationsTest.source(),
                "Return the first name and last name of the customer with the most sales");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), t::toString);
        assertTrue(t.reason().startsWith("customers has no \"first name\""), t.reason());
    }

    @Test
    void theOwnersOwnNamesAreShown() {
        String sql = Asking.answeredSql(DurationsTest.source(), "Return the name of the customer with the most sales");
        assertTrue(sql.startsWith("SELECT t1.\"name\"") && sql.contains("\"customers\" t1"), sql);
        String doctors = Asking.answeredSql(DurationsTest.source(),
                "Return the first name and last name of the doctors who prescribed Curex");
        assertTrue(doctors.contains("\"first_name\"") && doctors.contains("\"last_name\"")
                && !doctors.contains("customers"), doctors);
    }

    @Test
    void aPersonKeptAsFirstAndLastNameIsNamedByBoth() {
        String named = Asking.answeredSql(DurationsTest.source(), "What is the name of the doctor with the most"
                + " treatments?");
        assertTrue(named.startsWith("SELECT t1.\"first_name\" AS \"first_name\", t1.\"last_name\""), named);
        String listed = Asking.answeredSql(DurationsTest.source(), "Return the doctor name and the number of"
                + " treatments for each doctor");
        assertTrue(listed.contains("\"first_name\"") && listed.contains("\"last_name\"") && listed.contains(
                "COUNT(*)"), listed);
        String first = Asking.answeredSql(DurationsTest.source(), "What is the first name of the doctor with the most"
                + " treatments?");
        assertTrue(!first.contains("last_name"), first);
    }
}
