package com.insightiq.system.nlq;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The set's own scorer decides what is correct: predictions.jsonl ({@code id}, {@code predicted_sql} for answered
 * questions only) goes to {@code python3 score.py} with the run's PostgreSQL, whose per-question report comes back.
 */
final class Scoring {
    record Scores(Map<String, Boolean> passed, Map<String, String> reasons, String output) {
    }

    private Scoring() {
    }

    /**
     * The scorer's {@code --self-test} (every question's first gold query as its prediction) on the loaded databases:
     * anything but all passed means the load differs from what the set expects, and the accuracy would mislead.
     */
    static String selfTest(DevSet set, String conninfo) throws Exception {
        List<String> command = List.of("python3", set.script("score.py").toString(), "-", conninfo, "--self-test",
                "--gold", set.dir().resolve("dev.jsonl").toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError("score.py --self-test failed:\n" + output);
        }
        return output.lines().filter(l -> l.matches("\\d+ passed, \\d+ failed")).findFirst()
                .orElseThrow(() -> new AssertionError("score.py --self-test printed no result:\n" + output));
    }

    static Scores score(DevSet set, List<DevAnswer> answers, Path out, String conninfo) throws Exception {
        Path predictions = out.resolve("predictions.jsonl");
        List<String> lines = new ArrayList<>();
        for (DevAnswer a : answers) {
            if (a.predicts()) {
                lines.add(Json.createObjectBuilder().add("id", a.question().id()).add("predicted_sql", a.sql()).build()
                        .toString());
            }
        }
        Files.write(predictions, lines);
        Path report = out.resolve("report.jsonl");
        Files.deleteIfExists(report);
        List<String> command = List.of("python3", set.script("score.py").toString(), predictions.toString(), conninfo,
                "--gold", set.dir().resolve("dev.jsonl").toString(), "--report", report.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0 || !Files.exists(report)) {
            throw new AssertionError("score.py failed (" + String.join(" ", command).replace(conninfo, "<conninfo>")
                    + "):\n" + output);
        }
        Map<String, Boolean> passed = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        for (String line : Files.readAllLines(report)) {
            if (line.isBlank()) {
                continue;
            }
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                JsonObject r = reader.readObject();
                passed.put(r.getString("id"), r.getBoolean("passed", false));
                if (r.containsKey("reason")) {
                    reasons.put(r.getString("id"), r.getString("reason"));
                }
            }
        }
        return new Scores(passed, reasons, output);
    }
}
