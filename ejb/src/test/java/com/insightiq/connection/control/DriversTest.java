package com.insightiq.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.connection.entity.Engine;
import org.junit.jupiter.api.Test;

class DriversTest {

    @Test
    void hasOneDriverPerEngine() {
        Drivers drivers = new Drivers();
        for (Engine engine : Engine.values()) {
            assertEquals(engine, drivers.forEngine(engine).engine());
        }
        assertEquals(MySqlDriver.class, drivers.forEngine(Engine.fromCode("mariadb").orElseThrow()).getClass());
    }
}
