package com.insightiq.connection.control;

import com.insightiq.connection.entity.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The one driver per engine, so that no other code switches on the engine. */
@ApplicationScoped
public class Drivers {

    private final Map<Engine, Driver> byEngine = new EnumMap<>(Engine.class);

    public Drivers() {
        for (Driver driver : List.of(new PostgresDriver(), new MySqlDriver(), new SqlServerDriver(), new TrinoDriver())) {
            byEngine.put(driver.engine(), driver);
        }
    }

    public Driver forEngine(Engine engine) {
        Driver driver = byEngine.get(engine);
        if (driver == null) {
            throw new IllegalArgumentException("No driver for engine " + engine);
        }
        return driver;
    }
}
