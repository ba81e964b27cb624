package com.insightiq.query.control;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.control.TokenScan.Token;
import com.insightiq.query.control.TokenScan.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Read-only rules that need no parser: one statement, a reading first keyword, no locking clause, no INTO, no
 * data-changing keyword anywhere, no call of a function with side effects. They run on every statement, parsed or not,
 * so a parser gap can never let a write through; the database's read-only transaction stays the real guard.
 */
final class ReadOnlyTokens {

    static final Set<String> READ_KEYWORDS = Set.of("SELECT", "WITH", "VALUES", "TABLE", "EXPLAIN", "SHOW", "DESCRIBE",
            "DESC");

    /** Functions that change the server, the session, files or other sessions even in a read-only transaction. */
    private static final Set<String> DENIED = Set.of("pg_terminate_backend", "pg_cancel_backend", "set_config",
            "pg_reload_conf", "pg_rotate_logfile", "pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file",
            "nextval", "setval", "pg_notify", "pg_switch_wal", "pg_switch_xlog", "txid_current", "pg_current_xact_id",
            "pg_create_restore_point", "pg_start_backup", "pg_stop_backup", "pg_backup_start", "pg_backup_stop",
            "pg_promote", "pg_logical_emit_message", "pg_log_backend_memory_contexts", "pg_file_write",
            "pg_file_unlink", "pg_file_rename", "pg_file_sync", "pg_import_system_collations", "query_to_xml",
            "query_to_xml_and_xmlschema", "query_to_xmlschema", "cursor_to_xml", "cursor_to_xmlschema",
            "sys_exec", "sys_eval", "load_file", "get_lock", "release_lock", "release_all_locks", "xp_cmdshell",
            "sp_executesql", "openrowset", "opendatasource", "openquery");
    private static final List<String> DENIED_PREFIXES = List.of("dblink", "lo_", "pg_advisory", "pg_try_advisory",
            "pg_create_", "pg_drop_", "pg_replication_origin_", "pg_replication_slot_");
    /** Words that only a write uses; INSERT and TRUNCATE followed by {@code (} are MySQL string/number functions. */
    private static final Set<String> WRITE_WORDS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "TRUNCATE");
    /** SQL Server table hints that take write locks. */
    private static final Set<String> LOCK_HINTS = Set.of("UPDLOCK", "XLOCK", "TABLOCKX", "HOLDLOCK");

    private ReadOnlyTokens() {
    }

    /** Refuses the SQL when any reading of it breaks a rule; returns the first keyword (upper case) otherwise. */
    static String check(String sql) {
        List<TokenScan.Result> readings = new ArrayList<>();
        for (TokenScan.Dialect dialect : TokenScan.Dialect.values()) {
            readings.add(TokenScan.scan(sql, dialect));
        }
        // a reading with an unclosed literal is one the database would reject; trust the others when there are some
        List<TokenScan.Result> sound = readings.stream().filter(TokenScan.Result::complete).toList();
        String first = null;
        for (TokenScan.Result reading : sound.isEmpty() ? readings : sound) {
            String keyword = check(reading.tokens());
            first = first == null ? keyword : first;
        }
        return first;
    }

    private static String check(List<Token> tokens) {
        List<Token> statement = singleStatement(tokens);
        Token first = statement.stream().filter(t -> !t.isSymbol('(')).findFirst()
                .orElseThrow(() -> new InvalidInputException("The SQL has no statement to run."));
        String keyword = first.type() == Type.WORD ? first.text().toUpperCase(Locale.ROOT) : first.text();
        if (!READ_KEYWORDS.contains(keyword)) {
            throw SqlStatements.notReading(keyword);
        }
        for (int i = 0; i < statement.size(); i++) {
            Token token = statement.get(i);
            Token next = i + 1 < statement.size() ? statement.get(i + 1) : null;
            boolean call = next != null && next.isSymbol('(');
            if (call && (token.type() == Type.WORD || token.type() == Type.NAME)) {
                denied(token.text()).ifPresent(name -> {
                    throw SqlStatements.notReadingBecause(name
                            + "(…) changes the database, the server or other sessions.");
                });
            }
            if (token.type() != Type.WORD) {
                continue;
            }
            String word = token.text().toUpperCase(Locale.ROOT);
            if (WRITE_WORDS.contains(word) && !call) {
                throw SqlStatements.notReading(word);
            }
            if (word.equals("INTO")) {
                throw SqlStatements.notReadingBecause("SELECT … INTO writes a table, a file or variables.");
            }
            if (locking(statement, i) || LOCK_HINTS.contains(word)) {
                throw SqlStatements.notReadingBecause("FOR UPDATE, FOR SHARE and lock hints lock rows.");
            }
            if (keyword.equals("EXPLAIN") && (word.equals("ANALYZE") || word.equals("ANALYSE"))) {
                throw SqlStatements.notReadingBecause("EXPLAIN ANALYZE runs the statement; use EXPLAIN alone.");
            }
        }
        return keyword;
    }

    /** The tokens of the one statement; a second statement after a {@code ;} is refused. */
    private static List<Token> singleStatement(List<Token> tokens) {
        int end = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol(';')) {
                for (int j = i + 1; j < tokens.size(); j++) {
                    if (!tokens.get(j).isSymbol(';')) {
                        throw new InvalidInputException(
                                "Only one statement can run at a time: remove everything after the first ';'.");
                    }
                }
                end = i;
                break;
            }
        }
        return tokens.subList(0, end);
    }

    /** FOR UPDATE, FOR NO KEY UPDATE, FOR SHARE, FOR KEY SHARE, LOCK IN SHARE MODE. */
    private static boolean locking(List<Token> statement, int i) {
        Token token = statement.get(i);
        if (token.is("FOR") && i + 1 < statement.size()) {
            Token next = statement.get(i + 1);
            return next.is("UPDATE") || next.is("SHARE") || next.is("NO") || next.is("KEY");
        }
        return token.is("LOCK") && i + 2 < statement.size() && statement.get(i + 1).is("IN")
                && statement.get(i + 2).is("SHARE");
    }

    static Optional<String> denied(String function) {
        String name = function.toLowerCase(Locale.ROOT);
        if (DENIED.contains(name) || DENIED_PREFIXES.stream().anyMatch(name::startsWith)) {
            return Optional.of(name);
        }
        return Optional.empty();
    }
}
