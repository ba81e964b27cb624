package com.insightiq.connection.control;

import java.sql.Types;

/** PostgreSQL's catalog from pg_catalog (not information_schema, which is many times slower on large schemas). */
final class PostgresCatalog {

    /** Names starting with pg_ are reserved for the system (pg_catalog, pg_toast, pg_temp_N). */
    private static final String SCHEMAS = """
            SELECT n.nspname FROM pg_catalog.pg_namespace n
            WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
              AND pg_catalog.has_schema_privilege(n.oid, 'USAGE')
            ORDER BY n.nspname""";

    /** Partitions are left out: their parent stands for them. reltuples is -1 until the first ANALYZE (PG 14+). */
    private static final String TABLES = """
            SELECT c.relname, c.relkind IN ('v', 'm') AS is_view, c.reltuples
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'f', 'v', 'm') AND NOT c.relispartition
            ORDER BY c.relname""";

    private static final String ONE_TABLE = "n.nspname = ? AND c.relname = ?";
    private static final String WHOLE_SCHEMA =
            "n.nspname = ? AND c.relkind IN ('r', 'p', 'f', 'v', 'm') AND NOT c.relispartition";

    /** {@link CatalogRows}' shape for the relations the target filter picks. */
    private static final String DESCRIBE = """
            WITH target AS (
                SELECT c.oid, c.relname::text AS relname
                FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE {target})
            SELECT tg.relname, 1 AS part, NULL::text AS owner, a.attnum::int AS position, a.attname::text AS name,
                   t.typname::text AS type_name,
                   (CASE WHEN t.typtype = 'd' THEN b.typname WHEN t.typtype = 'e' THEN 'text' ELSE t.typname END)::text,
                   NOT a.attnotnull, false, NULL::text, NULL::text, NULL::text
            FROM target tg JOIN pg_catalog.pg_attribute a ON a.attrelid = tg.oid
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_type b ON b.oid = t.typbasetype
            WHERE a.attnum > 0 AND NOT a.attisdropped
            UNION ALL
            SELECT tg.relname, 2, con.conname::text, k.ord::int, a.attname::text, NULL, NULL, false, false,
                   rn.nspname::text, rc.relname::text, ra.attname::text
            FROM target tg JOIN pg_catalog.pg_constraint con ON con.conrelid = tg.oid AND con.contype = 'f'
            CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, target_attnum, ord)
            JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
            JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
            JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
            JOIN pg_catalog.pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.target_attnum
            UNION ALL
            SELECT tg.relname, 3, ic.relname::text, k.ord::int,
                   COALESCE(a.attname::text, pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int, true)),
                   NULL, NULL, i.indisunique, i.indisprimary, NULL, NULL, NULL
            FROM target tg JOIN pg_catalog.pg_index i ON i.indrelid = tg.oid
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0
            WHERE k.ord <= i.indnkeyatts
            ORDER BY 1, 2, 3, 4""";

    /** The four statements, read the same way as every engine whose catalog answers in this shape. */
    static final CatalogQueries QUERIES = new CatalogQueries(SCHEMAS, TABLES, DESCRIBE.replace("{target}", ONE_TABLE),
            DESCRIBE.replace("{target}", WHOLE_SCHEMA), PostgresCatalog::jdbcType);

    /** Domains map by their base type, enums as text, arrays by their leading underscore. */
    static int jdbcType(String typeName) {
        if (typeName.startsWith("_")) {
            return Types.ARRAY;
        }
        return switch (typeName) {
            case "int2" -> Types.SMALLINT;
            case "int4" -> Types.INTEGER;
            case "int8", "oid" -> Types.BIGINT;
            case "numeric" -> Types.NUMERIC;
            case "float4" -> Types.REAL;
            case "float8", "money" -> Types.DOUBLE;
            case "bool" -> Types.BOOLEAN;
            case "bpchar", "char" -> Types.CHAR;
            case "varchar", "text", "name", "citext" -> Types.VARCHAR;
            case "date" -> Types.DATE;
            case "time" -> Types.TIME;
            case "timetz" -> Types.TIME_WITH_TIMEZONE;
            case "timestamp" -> Types.TIMESTAMP;
            case "timestamptz" -> Types.TIMESTAMP_WITH_TIMEZONE;
            case "bytea" -> Types.BINARY;
            case "xml" -> Types.SQLXML;
            case "bit", "varbit" -> Types.BIT;
            default -> Types.OTHER;
        };
    }
}
