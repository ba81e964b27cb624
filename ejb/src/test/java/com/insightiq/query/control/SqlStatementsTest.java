package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.platform.control.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlStatementsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            INSERT INTO t VALUES (1)                                 | an INSERT
            insert into t select * from s                            | an INSERT
            UPDATE t SET a = 1                                       | an UPDATE
            DELETE FROM t                                            | a DELETE
            MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE | a MERGE
            CREATE TABLE x (a int)                                   | a CREATE
            CREATE TABLE x AS SELECT 1                               | a CREATE
            DROP TABLE x                                             | a DROP
            ALTER TABLE x ADD COLUMN b int                           | an ALTER
            TRUNCATE x                                               | a TRUNCATE
            COPY t TO '/tmp/x'                                       | a COPY
            COPY (SELECT 1) TO PROGRAM 'rm -rf /'                    | a COPY
            CALL p()                                                 | a CALL
            SET search_path = evil                                   | a SET
            SET ROLE admin                                           | a SET
            GRANT ALL ON t TO public                                 | a GRANT
            REVOKE ALL ON t FROM public                              | a REVOKE
            LOCK TABLE t                                             | a LOCK
            DO $$ BEGIN DELETE FROM t; END $$                        | a DO
            VACUUM t                                                 | a VACUUM
            REFRESH MATERIALIZED VIEW v                              | a REFRESH
            EXEC sp_who                                              | an EXEC
            REPLACE INTO t VALUES (1)                                | a REPLACE
            LOAD DATA INFILE '/etc/passwd' INTO TABLE t              | a LOAD
            WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x    | a DELETE
            WITH x AS (UPDATE t SET a = 1 RETURNING a) SELECT * FROM x | an UPDATE
            WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x       | an INSERT
            EXPLAIN DELETE FROM t                                    | a DELETE
            """)
    void refusesWritesNamingTheirKind(String sql, String kind) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SqlStatements.classify(sql));
        assertEquals("Only reading queries can run here: this statement is " + kind + ".", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM t FOR UPDATE",
        "SELECT * FROM t FOR UPDATE OF t NOWAIT",
        "SELECT * FROM t FOR NO KEY UPDATE",
        "SELECT * FROM t FOR SHARE",
        "SELECT * FROM t FOR KEY SHARE SKIP LOCKED",
        "SELECT * FROM t LOCK IN SHARE MODE",
        "SELECT * FROM t WITH (UPDLOCK)",
        "SELECT * FROM (SELECT * FROM t FOR UPDATE) q"})
    void refusesLockingReads(String sql) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SqlStatements.classify(sql));
        assertTrue(e.getMessage().contains("lock"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * INTO new_table FROM t",
        "SELECT a INTO @v FROM t",
        "SELECT * FROM t INTO OUTFILE '/tmp/x'",
        "SELECT * INTO #tmp FROM t"})
    void refusesSelectInto(String sql) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SqlStatements.classify(sql));
        assertTrue(e.getMessage().contains("INTO"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT pg_terminate_backend(1)",
        "SELECT pg_cancel_backend(pid) FROM pg_stat_activity",
        "SELECT set_config('a', 'b', false)",
        "select SET_CONFIG('statement_timeout', '0', false)",
        "SELECT pg_catalog.set_config('a','b',false)",
        "SELECT \"pg_terminate_backend\"(1)",
        "SELECT pg_terminate_backend /* hidden */ (1)",
        "SELECT nextval('s')",
        "SELECT setval('s', 1)",
        "SELECT pg_reload_conf()",
        "SELECT pg_read_file('/etc/passwd')",
        "SELECT lo_import('/etc/passwd')",
        "SELECT dblink_exec('host=x', 'DROP TABLE t')",
        "SELECT pg_advisory_lock(1)",
        "SELECT pg_try_advisory_xact_lock(1)",
        "SELECT pg_notify('c', 'x')",
        "SELECT query_to_xml('select pg_terminate_backend(1)', true, true, '')",
        "SELECT load_file('/etc/passwd')",
        "SELECT get_lock('x', 10)",
        "SELECT sys_exec('rm -rf /')",
        "SELECT * FROM t WHERE a = (SELECT pg_terminate_backend(1))",
        "WITH k AS (SELECT pg_terminate_backend(pid) FROM pg_stat_activity) SELECT * FROM k"})
    void refusesFunctionsWithSideEffects(String sql) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SqlStatements.classify(sql));
        assertTrue(e.getMessage().startsWith("Only reading queries can run here: "), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT 1; DROP TABLE x",
        "SELECT 1; SELECT 2",
        "SELECT 1;DROP TABLE x;",
        "SELECT 1 /* ; */ ; DELETE FROM t",
        "SELECT '\\' ; DROP TABLE x; --'",
        "SELECT $$a$$; DROP TABLE x",
        "SELECT 1 # 2; DROP TABLE x"})
    void refusesMoreThanOneStatement(String sql) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SqlStatements.classify(sql));
        assertTrue(e.getMessage().contains("one statement") || e.getMessage().contains("reading"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/* SELECT */ DELETE FROM t",
        "-- SELECT\nDELETE FROM t",
        "SELECT 1 /*! ; DROP TABLE x */",
        "SELECT '\\' , pg_terminate_backend(1) --'",
        "SELECT E'\\'' , pg_terminate_backend(1) --'",
        "SELECT /* /* nested */ still comment */ pg_terminate_backend(1)",
        "(DELETE FROM t)",
        "EXPLAIN ANALYZE DELETE FROM t",
        "EXPLAIN (ANALYZE, BUFFERS) SELECT 1",
        "EXPLAIN ANALYSE SELECT * FROM t"})
    void seesThroughCommentsAndQuotes(String sql) {
        assertThrows(InvalidInputException.class, () -> SqlStatements.classify(sql));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SELECT 1                                                              | SELECT
            SELECT 1;                                                             | SELECT
            SELECT 1 ;  -- done                                                   | SELECT
            select * from orders o join customers c on c.id = o.customer_id       | SELECT
            WITH recent AS (SELECT * FROM orders) SELECT * FROM recent            | SELECT
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT * FROM n | SELECT
            SELECT id, rank() OVER (PARTITION BY c ORDER BY total DESC) FROM orders | SELECT
            SELECT * FROM orders o, LATERAL (SELECT * FROM items i WHERE i.order_id = o.id LIMIT 1) x | SELECT
            SELECT data->>'name', data->'a'->'b' FROM docs                         | SELECT
            SELECT '2024-01-01'::date, total::numeric(10,2) FROM orders            | SELECT
            SELECT ARRAY[1,2,3], ARRAY[[1,2],[3,4]], (ARRAY[1,2])[1]              | SELECT
            SELECT `order id` FROM `my db`.`orders`                               | SELECT
            SELECT pg_sleep(1)                                                    | SELECT
            SELECT sleep(1)                                                       | SELECT
            SELECT pg_sleep_for('1 second')                                       | SELECT
            SELECT 'DELETE FROM t; DROP TABLE x' AS s                             | SELECT
            SELECT 1 -- ; DROP TABLE x                                            | SELECT
            SELECT "update", "delete" FROM "insert"                               | SELECT
            SELECT replace(name, 'a', 'b'), insert('abc', 1, 1, 'x'), truncate(1.5, 0) FROM t | SELECT
            SELECT a FROM t UNION SELECT b FROM s ORDER BY 1                       | SELECT
            (SELECT 1) UNION ALL (SELECT 2)                                       | SELECT
            SELECT substring(name FOR 3) FROM t                                   | SELECT
            SELECT * FROM t FOR SYSTEM_TIME AS OF '2024-01-01'                    | SELECT
            SELECT $tag$it's; DROP TABLE x$tag$                                   | SELECT
            SELECT E'it\\'s' AS s                                                 | SELECT
            SELECT 'it''s; ok'                                                    | SELECT
            SELECT 'it\\'s; ok'                                                   | SELECT
            SELECT * FROM generate_series(1, 10) g                                | SELECT
            SELECT date_trunc('month', created_at) AS m, count(*) FROM orders GROUP BY 1 HAVING count(*) > 1 | SELECT
            SELECT x FROM t WHERE x @> '{1}' AND y ?& array['a']                   | SELECT
            VALUES (1, 'a'), (2, 'b')                                             | VALUES
            TABLE orders                                                          | TABLE
            EXPLAIN SELECT * FROM orders                                          | EXPLAIN
            SHOW TABLES                                                           | SHOW
            DESCRIBE orders                                                       | DESCRIBE
            """)
    void acceptsReads(String sql, String kind) {
        assertEquals(kind, SqlStatements.classify(sql).kind(), sql);
    }

    @Test
    void listsTheTablesReadInOrderWithoutCteNames() {
        Classified classified = SqlStatements.classify("WITH recent AS (SELECT * FROM sales.orders WHERE total > 1) "
                + "SELECT * FROM recent r JOIN customers c ON c.id = r.customer_id "
                + "WHERE c.id IN (SELECT customer_id FROM vip)");
        assertEquals("SELECT", classified.kind());
        assertEquals(List.of("sales.orders", "customers", "vip"), classified.tables());
    }

    @Test
    void acceptsVendorSqlThatTheParserCannotRead() {
        // made-up syntax no parser knows: the token rules alone decide, the database's read-only mode guards
        Classified classified = SqlStatements.classify("SELECT a FROM t MATCH_RECOGNIZE_SOMETHING (x ~~~ y) q");
        assertEquals("SELECT", classified.kind());
        assertEquals(List.of(), classified.tables());
    }

    @Test
    void refusesEmptyInput() {
        assertThrows(InvalidInputException.class, () -> SqlStatements.classify(""));
        assertThrows(InvalidInputException.class, () -> SqlStatements.classify("  -- only a comment"));
        assertThrows(InvalidInputException.class, () -> SqlStatements.classify(";"));
    }

    @Test
    void staysFastOnDeeplyNestedInput() {
        String sql = "SELECT " + "(".repeat(5000) + "1" + ")".repeat(5000);
        assertEquals("SELECT", SqlStatements.classify(sql).kind());
    }
}
