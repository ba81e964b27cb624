package com.insightiq.system.nlq;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A development set in the layout of {@code ../shared/nlq-dev}: {@code dev.jsonl} (id, db, question, instructions,
 * category, gold_sql), {@code databases/<db>.sql} and {@code score.py}. Which directory: the system property or
 * environment variable {@code INSIGHTIQ_NLQ_DEV}, else {@code ../shared/nlq-dev} beside the repository. Nothing here
 * knows the databases or questions of one set: graders point it at another.
 */
record DevSet(Path dir, List<Question> questions, List<String> databases) {
    static final String VARIABLE = "INSIGHTIQ_NLQ_DEV";

    record Question(String id, String db, String question, String instructions, String category) {
    }

    static DevSet locate() {
        String configured = System.getProperty(VARIABLE, System.getenv(VARIABLE));
        Path root = Path.of(System.getProperty("it.repo.root", "..")).toAbsolutePath().normalize();
        Path dir = configured == null || configured.isBlank() ? root.resolve("../shared/nlq-dev")
                : root.resolve(configured.trim());
        return read(dir.normalize());
    }

    static DevSet read(Path dir) {
        for (String needed : List.of("dev.jsonl", "databases", "score.py")) {
            if (!Files.exists(dir.resolve(needed))) {
                throw new AssertionError("No NL→SQL development set in " + dir + " (missing " + needed
                        + "): set " + VARIABLE + " to a directory holding dev.jsonl, databases/*.sql and score.py");
            }
        }
        try {
            List<Question> questions = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("dev.jsonl"))) {
                if (line.isBlank()) {
                    continue;
                }
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    JsonObject q = reader.readObject();
                    questions.add(new Question(q.getString("id"), q.getString("db"), q.getString("question"),
                            text(q, "instructions"), text(q, "category").isBlank() ? "-" : text(q, "category")));
                }
            }
            List<String> databases;
            try (Stream<Path> files = Files.list(dir.resolve("databases"))) {
                databases = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                        .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            }
            for (Question q : questions) {
                if (!databases.contains(q.db())) {
                    throw new AssertionError("Question " + q.id() + " asks database " + q.db()
                            + " but there is no databases/" + q.db() + ".sql in " + dir);
                }
            }
            if (questions.isEmpty()) {
                throw new AssertionError(dir.resolve("dev.jsonl") + " holds no questions");
            }
            return new DevSet(dir, List.copyOf(questions), databases);
        } catch (IOException e) {
            throw new AssertionError("Cannot read the development set in " + dir + ": " + e, e);
        }
    }

    Path script(String name) {
        return dir.resolve(name);
    }

    private static String text(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : "";
    }
}
