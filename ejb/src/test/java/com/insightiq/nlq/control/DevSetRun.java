package com.insightiq.nlq.control;

import com.insightiq.catalog.control.ColumnProfile;
import com.insightiq.catalog.control.ColumnProfiler;
import com.insightiq.catalog.control.SemanticTypes;
import com.insightiq.catalog.entity.DisplayNames;
import com.insightiq.connection.control.ColumnDescription;
import com.insightiq.connection.control.ForeignKeyDescription;
import com.insightiq.connection.control.PostgresDriver;
import com.insightiq.connection.control.TableDescription;
import com.insightiq.connection.entity.Engine;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A developer's loop over the NLQ development set without Payara: the engine in-process, each database's lexicon read
 * the way a catalog sync reads it (the driver's schema description, a 2,000-row sample per table through
 * {@link ColumnProfiler}, {@link SemanticTypes}), every question translated with its instructions as context, and
 * the answered SQL written as {@code predictions.jsonl} for the set's own scorer. Seconds instead of the eight minutes
 * of {@code mvn verify -Pnlq-eval}, which stays the measurement of record (the real EAR, the real API).
 * <p>
 * Not a test: run with the test class path, e.g.
 * {@code java -cp ejb/target/test-classes:ejb/target/classes:$(cat cp) com.insightiq.nlq.control.DevSetRun
 * ../shared/nlq-dev/dev.jsonl out [id-regex]}; or ask one database free questions with
 * {@code … DevSetRun --ask <db> "question" …} (environment {@code CTX}: guidance). Databases are {@code nlqdev_<db>}
 * on the local PostgreSQL ({@code DEVSET_JDBC} overrides the URL prefix), as {@code load.sh} creates them; a name
 * starting {@code probe_} is taken as it is.
 */
public final class DevSetRun {
    private static final int SAMPLE_ROWS = 2000;

    private DevSetRun() {
    }

    public static void main(String[] args) throws Exception {
        QuestionParser parser = QuestionParser.load();
        NlqEngine engine = new NlqEngine();
        Map<String, SchemaLexicon> lexicons = new HashMap<>();
        if (args.length >= 2 && args[0].equals("--ask")) {
            SchemaLexicon lexicon = lexicon(args[1]);
            String context = System.getenv("CTX");
            for (int i = 2; i < args.length; i++) {
                System.out.println("Q: " + args[i]);
                System.out.println(describe(engine.translate(parser.parse(args[i], LocalDate.now()),
                        context == null ? null : parser.parse(context, LocalDate.now()), lexicon), lexicon));
            }
            return;
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Pattern only = Pattern.compile(args.length > 2 ? args[2] : ".*");
        try (PrintWriter predictions = new PrintWriter(Files.newBufferedWriter(out.resolve("predictions.jsonl")));
             PrintWriter answers = new PrintWriter(Files.newBufferedWriter(out.resolve("answers.txt")))) {
            for (String line : Files.readAllLines(Path.of(args[0]))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonObject q;
                try (JsonReader r = Json.createReader(new StringReader(line))) {
                    q = r.readObject();
                }
                String id = q.getString("id");
                if (!only.matcher(id).find()) {
                    continue;
                }
                String db = q.getString("db");
                SchemaLexicon lexicon = lexicons.computeIfAbsent(db, DevSetRun::lexiconUnchecked);
                String instructions = q.getString("instructions", "");
                Translation t = engine.translate(parser.parse(q.getString("question"), LocalDate.now()),
                        instructions.isBlank() ? null : parser.parse(instructions, LocalDate.now()), lexicon);
                answers.println(id + " [" + q.getString("category", "-") + "] " + q.getString("question"));
                answers.println(describe(t, lexicon));
                answers.println();
                if (t.status() == Translation.Status.ANSWERED) {
                    predictions.println(Json.createObjectBuilder().add("id", id)
                            .add("predicted_sql", inlined(t, lexicon)).build());
                }
            }
        }
    }

    /** The statement with its values written as literals, as the API's {@code sql} shows it to people. */
    private static String inlined(Translation t, SchemaLexicon lexicon) {
        return new NlSql().compile(t.query(), lexicon, new PostgresDriver()).sql();
    }

    private static String describe(Translation t, SchemaLexicon lexicon) {
        StringBuilder s = new StringBuilder("  " + t.status() + " " + String.format("%.2f", t.confidence()));
        if (t.status() == Translation.Status.ANSWERED) {
            s.append("\n  ").append(inlined(t, lexicon).replaceAll("\\s+", " "));
            s.append("\n  understood: ").append(t.understood());
        } else if (t.status() == Translation.Status.AMBIGUOUS) {
            t.choices().forEach(c -> s.append("\n  choice: ").append(c.label()));
        } else {
            s.append("\n  reason: ").append(t.reason()).append("\n  not understood: ").append(t.notUnderstood());
        }
        return s.toString();
    }

    private static SchemaLexicon lexiconUnchecked(String db) {
        try {
            return lexicon(db);
        } catch (SQLException e) {
            throw new IllegalStateException(db, e);
        }
    }

    /** The lexicon a completed catalog sync of {@code db}'s public schema would give, ids numbered from 1. */
    static SchemaLexicon lexicon(String db) throws SQLException {
        String base = Optional.ofNullable(System.getenv("DEVSET_JDBC")).orElse("jdbc:postgresql://127.0.0.1:5432/");
        String name = db.startsWith("probe_") ? db : "nlqdev_" + db;
        PostgresDriver driver = new PostgresDriver();
        try (Connection c = DriverManager.getConnection(base + name, "postgres", "")) {
            List<TableDescription> described = driver.describeSchema(c, "public");
            List<SchemaLexicon.Table> tables = new ArrayList<>();
            List<SchemaLexicon.Column> columns = new ArrayList<>();
            Map<String, Long> columnIds = new LinkedHashMap<>();
            long nextColumn = 1000;
            for (TableDescription d : described) {
                for (ColumnDescription col : d.columns()) {
                    columnIds.put(d.table().name() + "." + col.name(), nextColumn++);
                }
            }
            long tableId = 0;
            for (TableDescription d : described) {
                tableId++;
                Map<String, ColumnProfile> profiles = sample(c, driver, d);
                long sampled = profiles.values().stream().mapToLong(ColumnProfile::sampledRows).max().orElse(0);
                tables.add(new SchemaLexicon.Table(tableId, "public", d.table().name(),
                        DisplayNames.of(d.table().name()), null, Math.max(d.table().estimatedRows(), sampled)));
                Map<String, String> fkTargets = new HashMap<>();
                for (ForeignKeyDescription fk : d.foreignKeys()) {
                    for (int i = 0; i < fk.columns().size(); i++) {
                        fkTargets.put(fk.columns().get(i), fk.targetTable() + "." + fk.targetColumns().get(i));
                    }
                }
                for (ColumnDescription col : d.columns()) {
                    ColumnProfile p = profiles.get(col.name());
                    var type = SemanticTypes.infer(new SemanticTypes.ColumnFacts(col.name(), col.jdbcType(),
                            col.databaseType(), col.primaryKey(), fkTargets.containsKey(col.name()),
                            Optional.ofNullable(p))).orElse(null);
                    String target = fkTargets.get(col.name());
                    columns.add(new SchemaLexicon.Column(columnIds.get(d.table().name() + "." + col.name()), tableId,
                            col.name(), DisplayNames.of(col.name()), null, type, col.jdbcType(), col.databaseType(),
                            col.primaryKey(), target == null ? null : columnIds.get(target),
                            p == null ? null : p.distinctCount(), p == null ? List.of() : p.values()));
                }
            }
            return new SchemaLexicon(1, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
        }
    }

    private static Map<String, ColumnProfile> sample(Connection c, PostgresDriver driver, TableDescription d)
            throws SQLException {
        List<String> quoted = d.columns().stream().map(col -> driver.quote(col.name())).toList();
        List<ColumnProfiler> profilers = d.columns().stream().map(col -> new ColumnProfiler(col.jdbcType())).toList();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(driver.sampleQuery(d.table(), quoted, SAMPLE_ROWS))) {
            while (rs.next()) {
                for (int i = 0; i < profilers.size(); i++) {
                    profilers.get(i).accept(rs.getObject(i + 1));
                }
            }
        }
        Map<String, ColumnProfile> profiles = new HashMap<>();
        for (int i = 0; i < profilers.size(); i++) {
            profiles.put(d.columns().get(i).name(), profilers.get(i).profile());
        }
        return profiles;
    }
}
