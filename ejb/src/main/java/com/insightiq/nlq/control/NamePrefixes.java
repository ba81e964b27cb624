package com.insightiq.nlq.control;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names as they are said, without the marks some schemas put before every name: a prefix every table shares
 * (sbCustomer, sbTicker, sbTransaction: "sb"), and then one every column of a table shares (sbDpDate, sbDpClose of
 * sbDailyPrice: "dp"). No one asks about "sb customers"; "customers" and "the closing price" must still find them.
 * Only a short prefix (2 to 4 letters) shared by at least three tables, ending at an underscore or borne by every
 * column as well, is a schema's mark; a table's column mark is taken off only in such a schema, and only where at
 * least three columns share it and each keeps a word of its own.
 */
final class NamePrefixes {
    private final Map<Long, String> tables = new HashMap<>();
    private final Map<Long, String> columns = new HashMap<>();

    NamePrefixes(List<SchemaLexicon.Table> tableList, List<SchemaLexicon.Column> columnList) {
        String mark = common(tableList.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList());
        // a convention, not a chance likeness (payments, patients, partners): the mark ends at an underscore, or
        // every column of every table bears it too
        boolean convention = mark.endsWith("_") || !columnList.isEmpty() && columnList.stream()
                .allMatch(c -> c.name().toLowerCase(Locale.ROOT).startsWith(mark));
        boolean marked = tableList.size() >= 3 && mark.length() >= 2 && mark.length() <= 4 && convention
                && tableList.stream().allMatch(t -> t.name().length() > mark.length() + 2);
        if (!marked) {
            return;
        }
        for (SchemaLexicon.Table t : tableList) {
            tables.put(t.id(), t.name().substring(mark.length()));
            List<SchemaLexicon.Column> own = columnList.stream().filter(c -> c.tableId() == t.id()).toList();
            List<String> rest = own.stream().map(c -> strip(c.name(), mark)).toList();
            String columnMark = common(rest.stream().map(r -> r.toLowerCase(Locale.ROOT)).toList());
            boolean columnsMarked = own.size() >= 3 && columnMark.length() >= 2
                    && rest.stream().allMatch(r -> r.length() > columnMark.length() + 1);
            for (int i = 0; i < own.size(); i++) {
                String r = rest.get(i);
                columns.put(own.get(i).id(), columnsMarked ? r.substring(columnMark.length()) : r);
            }
        }
    }

    /** The table's name as said (the schema's mark taken off). */
    String table(SchemaLexicon.Table t) {
        return tables.getOrDefault(t.id(), t.name());
    }

    /** The column's name as said (the schema's and its table's marks taken off). */
    String column(SchemaLexicon.Column c) {
        return columns.getOrDefault(c.id(), c.name());
    }

    private static String strip(String name, String mark) {
        return name.toLowerCase(Locale.ROOT).startsWith(mark) && name.length() > mark.length() + 1
                ? name.substring(mark.length()) : name;
    }

    /** The longest start every name shares (none when it is only underscores); the callers judge whether it is a mark. */
    private static String common(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String prefix = names.get(0);
        for (String n : names) {
            int k = 0;
            while (k < prefix.length() && k < n.length() && prefix.charAt(k) == n.charAt(k)) {
                k++;
            }
            prefix = prefix.substring(0, k);
        }
        return prefix.replaceAll("_+$", "").isEmpty() ? "" : prefix;
    }
}
