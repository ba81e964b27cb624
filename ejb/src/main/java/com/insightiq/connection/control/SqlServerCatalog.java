package com.insightiq.connection.control;

import java.sql.Types;

/** SQL Server's catalog from the sys views, which (unlike INFORMATION_SCHEMA) know indexes and row counts. */
final class SqlServerCatalog {

    /** guest, INFORMATION_SCHEMA and sys have ids 2-4; the fixed database roles' schemas start at 16384. */
    private static final String SCHEMAS = """
            SELECT s.name FROM sys.schemas s
            WHERE s.schema_id NOT IN (2, 3, 4) AND s.schema_id < 16384
            ORDER BY s.name""";

    private static final String TABLES = """
            SELECT o.name, CASE WHEN o.type = 'V' THEN 1 ELSE 0 END,
                   (SELECT SUM(p.rows) FROM sys.partitions p WHERE p.object_id = o.object_id AND p.index_id IN (0, 1))
            FROM sys.objects o
            WHERE o.schema_id = SCHEMA_ID(?) AND o.type IN ('U', 'V') AND o.is_ms_shipped = 0
            ORDER BY o.name""";

    private static final String ONE_TABLE = "o.schema_id = SCHEMA_ID(?) AND o.name = ?";
    private static final String WHOLE_SCHEMA =
            "o.schema_id = SCHEMA_ID(?) AND o.type IN ('U', 'V') AND o.is_ms_shipped = 0";

    /** {@link CatalogRows}' shape for the objects the target filter picks. */
    private static final String DESCRIBE = """
            WITH target AS (SELECT o.object_id, o.name FROM sys.objects o WHERE {target})
            SELECT CAST(tg.name AS nvarchar(128)), 1 AS part, CAST(NULL AS nvarchar(128)) AS owner,
                   c.column_id AS position, CAST(c.name AS nvarchar(128)) AS name, CAST(TYPE_NAME(c.user_type_id) AS nvarchar(128)),
                   CAST(TYPE_NAME(c.system_type_id) AS nvarchar(128)), c.is_nullable, CAST(0 AS bit),
                   CAST(NULL AS nvarchar(128)), CAST(NULL AS nvarchar(128)), CAST(NULL AS nvarchar(128))
            FROM target tg JOIN sys.columns c ON c.object_id = tg.object_id
            UNION ALL
            SELECT tg.name, 2, fk.name, fkc.constraint_column_id, pc.name, NULL, NULL, CAST(0 AS bit), CAST(0 AS bit),
                   SCHEMA_NAME(rt.schema_id), rt.name, rc.name
            FROM target tg JOIN sys.foreign_keys fk ON fk.parent_object_id = tg.object_id
            JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = fk.object_id
            JOIN sys.columns pc ON pc.object_id = fkc.parent_object_id AND pc.column_id = fkc.parent_column_id
            JOIN sys.objects rt ON rt.object_id = fkc.referenced_object_id
            JOIN sys.columns rc ON rc.object_id = fkc.referenced_object_id AND rc.column_id = fkc.referenced_column_id
            UNION ALL
            SELECT tg.name, 3, i.name, ic.key_ordinal, c.name, NULL, NULL, i.is_unique, i.is_primary_key, NULL, NULL, NULL
            FROM target tg JOIN sys.indexes i ON i.object_id = tg.object_id
            JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
            JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
            WHERE i.type > 0 AND ic.key_ordinal > 0 AND i.is_hypothetical = 0
            ORDER BY 1, 2, 3, 4""";

    /** The four statements, read the same way as every engine whose catalog answers in this shape. */
    static final CatalogQueries QUERIES = new CatalogQueries(SCHEMAS, TABLES, DESCRIBE.replace("{target}", ONE_TABLE),
            DESCRIBE.replace("{target}", WHOLE_SCHEMA), SqlServerCatalog::jdbcType);

    /** By the system type, so alias types (sysname, user types) map like their base. */
    static int jdbcType(String systemType) {
        return switch (systemType) {
            case "bit" -> Types.BIT;
            case "tinyint" -> Types.TINYINT;
            case "smallint" -> Types.SMALLINT;
            case "int" -> Types.INTEGER;
            case "bigint" -> Types.BIGINT;
            case "decimal", "numeric", "money", "smallmoney" -> Types.DECIMAL;
            case "real" -> Types.REAL;
            case "float" -> Types.DOUBLE;
            case "char" -> Types.CHAR;
            case "nchar" -> Types.NCHAR;
            case "varchar" -> Types.VARCHAR;
            case "nvarchar", "sysname" -> Types.NVARCHAR;
            case "text" -> Types.LONGVARCHAR;
            case "ntext", "xml" -> Types.LONGNVARCHAR;
            case "date" -> Types.DATE;
            case "time" -> Types.TIME;
            case "datetime", "datetime2", "smalldatetime" -> Types.TIMESTAMP;
            case "datetimeoffset" -> Types.TIMESTAMP_WITH_TIMEZONE;
            case "binary", "timestamp" -> Types.BINARY;
            case "varbinary" -> Types.VARBINARY;
            case "image" -> Types.LONGVARBINARY;
            case "uniqueidentifier" -> Types.CHAR;
            default -> Types.OTHER;
        };
    }
}
