package com.insightiq.sample.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SampleDatabaseTest {

    @Test
    void withoutConfigurationThereIsNoSample() {
        assertEquals(Optional.empty(), database("none", "none", "none").ensureLoaded());
        assertEquals(Optional.empty(), database("", "owner", "reader").ensureLoaded());
        assertEquals(Optional.empty(), database("jdbc:postgresql://db/sample", "owner", "none").ensureLoaded());
    }

    @Test
    void anUnreachableDatabaseIsAnErrorThatNamesIt() {
        SampleDatabase database = database("jdbc:postgresql://127.0.0.1:1/sample?connectTimeout=2", "owner", "reader");
        IllegalStateException e = assertThrows(IllegalStateException.class, database::ensureLoaded);
        assertTrue(e.getMessage().contains("127.0.0.1:1/sample"), e.getMessage());
    }

    @Test
    void aUrlThatIsNotPostgreSqlIsAnError() {
        assertThrows(IllegalStateException.class, () -> database("jdbc:mysql://db/sample", "o", "r").ensureLoaded());
    }

    @Test
    void theReaderConnectionComesFromTheUrl() {
        SampleConnection connection = new SampleConnection("127.0.0.1", 55432, "insightiq_sample", "reader", "secret");
        assertEquals("jdbc:postgresql://127.0.0.1:55432/insightiq_sample", connection.jdbcUrl());
        assertTrue(!connection.toString().contains("secret"), "the password stays out of logs");
    }

    private static SampleDatabase database(String url, String owner, String reader) {
        SampleDatabase database = new SampleDatabase();
        database.url = url;
        database.owner = owner;
        database.ownerPassword = "owner-secret";
        database.reader = reader;
        database.readerPassword = "reader-secret";
        return database;
    }
}
