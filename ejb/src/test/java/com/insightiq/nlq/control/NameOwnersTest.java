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
}
