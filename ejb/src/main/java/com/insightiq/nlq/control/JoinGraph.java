package com.insightiq.nlq.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a source's tables connect: declared (or admin-overridden) foreign keys, and where a source declares none, the
 * keys its names imply — a column named like another table's key ({@code writes.aid} → {@code author.aid},
 * {@code location.restaurant_id} → {@code restaurant.id}). Joins follow the shortest path; when two different paths
 * of the same length compete, the question is ambiguous and the person chooses.
 */
final class JoinGraph {

    /** One step: {@code from} holds the key, {@code to} is the column it points at. */
    record Edge(long fromColumnId, long fromTableId, long toColumnId, long toTableId) {
        long other(long tableId) {
            return tableId == fromTableId ? toTableId : fromTableId;
        }
    }

    /** A join tree from a base table reaching every wanted table; {@code alternatives} other equally short trees. */
    record Plan(List<Edge> edges, List<List<Edge>> alternatives) {
    }

    private final SchemaIndex index;
    private final Map<Long, List<Edge>> edgesByTable = new HashMap<>();

    JoinGraph(SchemaIndex index) {
        this.index = index;
        Set<List<Long>> seen = new LinkedHashSet<>();
        for (SchemaLexicon.Column c : index.columns.values()) {
            if (c.fkTargetColumnId() != null) {
                index.column(c.fkTargetColumnId()).ifPresent(target -> add(seen, c, target));
            }
        }
        boolean declared = !seen.isEmpty();
        if (!declared) {
            inferFromNames(seen);
            inferFromTableWords(seen);
        }
    }

    /** True when the column's name says it is the key of {@code tableId}. */
    static boolean namedAsKeyOf(SchemaIndex index, SchemaLexicon.Column column, long tableId) {
        SchemaLexicon.Table table = index.tables.get(tableId);
        if (table == null || column.tableId() != tableId) {
            return false;
        }
        if (keyByName(index, column, table)) {
            return true;
        }
        // A column the catalog saw unique in every sampled row, named like a key (author.aid, state.state_code) —
        // unless its name is another table's: in a small table a reference is often unique too (city.state_name,
        // domain_conference.cid), and taking it for the table's own key would invent joins.
        String name = compact(column.name());
        return column.distinctCount() != null && table.estimatedRows() != null && table.estimatedRows() > 1
                && column.distinctCount() >= table.estimatedRows() * 0.99
                && (name.endsWith("id") || name.endsWith("code") || name.endsWith("key")
                || name.endsWith("name") && name.length() > 4)
                && !namesAnotherTable(index, column);
    }

    private static final List<String> KEY_SUFFIXES = List.of("id", "code", "key", "number", "no", "name");

    /** The naming conventions for a table's own key, without looking at the data. */
    private static boolean keyByName(SchemaIndex index, SchemaLexicon.Column column, SchemaLexicon.Table table) {
        String name = compact(column.name());
        String t = compact(table.name());
        String single = WordForms.singular(t);
        for (String suffix : KEY_SUFFIXES) {
            if (name.equals(t + suffix) || name.equals(single + suffix)) {
                return true;
            }
        }
        if (name.equals("id")) {
            return true;
        }
        // course_offering.offering_id: the table's last word plus id
        // (not offering_instructor.instructor_id when a table instructor exists: that one is the instructor's)
        List<String> tableChunks = WordForms.chunks(table.name());
        String last = tableChunks.isEmpty() ? t : WordForms.singular(tableChunks.get(tableChunks.size() - 1));
        if (tableChunks.size() > 1 && (name.equals(last + "id") || name.equals(last + "code"))
                && index.tables.values().stream().noneMatch(o -> o.id() != table.id()
                && (compact(o.name()).equals(last) || WordForms.singular(compact(o.name())).equals(last)))) {
            return true;
        }
        // "aid" in author, "pid" in publication: the table's initial plus id, when it is the table's only *id column
        // or the sample saw it unique (publication also holds cid and jid)
        if (name.length() > 4 || !name.endsWith("id") || name.charAt(0) != t.charAt(0)) {
            return false;
        }
        List<SchemaLexicon.Column> ids = index.columnsOf(table.id()).stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).endsWith("id")).toList();
        if (!(ids.size() == 1 && ids.get(0).id() == column.id() || index.uniquePerRow(column))) {
            return false;
        }
        // publication_keyword.pid starts like publication too: the shortest such table owns the name
        for (SchemaLexicon.Table other : index.tables.values()) {
            String o = compact(other.name());
            if (other.id() != table.id() && o.charAt(0) == t.charAt(0) && o.length() < t.length()
                    && index.columnsOf(other.id()).stream().anyMatch(c -> compact(c.name()).equals(name))) {
                return false;
            }
        }
        return true;
    }

    /** state_name names the table state; cid is conference's key by name: both belong to another table. */
    private static boolean namesAnotherTable(SchemaIndex index, SchemaLexicon.Column column) {
        String name = compact(column.name());
        String stem = name;
        for (String suffix : KEY_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                stem = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        for (SchemaLexicon.Table other : index.tables.values()) {
            if (other.id() == column.tableId()) {
                continue;
            }
            String t = compact(other.name());
            if (stem.equals(t) || stem.equals(WordForms.singular(t))) {
                return true;
            }
            for (SchemaLexicon.Column c : index.columnsOf(other.id())) {
                if (compact(c.name()).equals(name) && keyByName(index, c, other)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String compact(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "");
    }

    /**
     * True when the joins can repeat a row of the table: some join, walked away from it, goes from a key to the
     * rows referencing it (a publication's authors). Joins only towards what its rows reference, each a key
     * unique per row (a publication's conference), keep one row per row: a plain count or sum is exact.
     */
    static boolean repeats(SchemaIndex index, List<NlQuery.Join> joins, long tableId) {
        return repeats(index, joins, Set.of(tableId));
    }

    /** As {@link #repeats(SchemaIndex, List, long)}, walking away from all of {@code from} (joined already). */
    static boolean repeats(SchemaIndex index, List<NlQuery.Join> joins, Set<Long> from) {
        Set<Long> reached = new java.util.HashSet<>(from);
        List<NlQuery.Join> left = new ArrayList<>(joins);
        boolean progress = true;
        while (progress && !left.isEmpty()) {
            progress = false;
            for (java.util.Iterator<NlQuery.Join> it = left.iterator(); it.hasNext(); ) {
                NlQuery.Join j = it.next();
                SchemaLexicon.Column holder = index.columns.get(j.fromColumnId());
                SchemaLexicon.Column referenced = index.columns.get(j.toColumnId());
                if (holder == null || referenced == null) {
                    it.remove();
                    continue;
                }
                if (reached.contains(holder.tableId())) {
                    if (!index.uniquePerRow(referenced)) {
                        return true;
                    }
                    reached.add(referenced.tableId());
                } else if (reached.contains(referenced.tableId())) {
                    if (!index.uniquePerRow(holder)) {
                        return true;
                    }
                    reached.add(holder.tableId());
                } else {
                    continue;
                }
                it.remove();
                progress = true;
            }
        }
        return false;
    }

    /** The steps into {@code keyColumnId}: every column known to reference it. */
    List<Edge> referencing(long keyColumnId) {
        return edgesByTable.values().stream().flatMap(List::stream).filter(e -> e.toColumnId() == keyColumnId)
                .distinct().toList();
    }

    Optional<Edge> edge(long fromColumnId, long toColumnId) {
        for (List<Edge> edges : edgesByTable.values()) {
            for (Edge e : edges) {
                if ((e.fromColumnId() == fromColumnId && e.toColumnId() == toColumnId)
                        || (e.fromColumnId() == toColumnId && e.toColumnId() == fromColumnId)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Joins connecting {@code base} to every table of {@code wanted}: for each wanted table the shortest path, merged
     * into one tree. Empty when a table cannot be reached.
     */
    Optional<Plan> connect(long base, Set<Long> wanted) {
        List<Edge> tree = new ArrayList<>();
        List<List<Edge>> alternatives = new ArrayList<>();
        Set<Long> reached = new LinkedHashSet<>();
        reached.add(base);
        // shared by concurrent translations: the walk's state stays local
        long lastAdded = base;
        for (long target : wanted) {
            if (reached.contains(target)) {
                continue;
            }
            List<List<Edge>> paths = shortestPaths(reached, target);
            if (paths.isEmpty()) {
                return Optional.empty();
            }
            // Tied paths: the one leaving from the table named last before this one wins ("authors who wrote
            // publications in the domain X" reaches the domain through the publications, not the authors).
            long anchor = lastAdded;
            paths.sort(java.util.Comparator.comparingInt(path -> startsAt(path, anchor) ? 0 : 1));
            List<Edge> chosen = paths.get(0);
            List<List<Edge>> ties = paths.stream().filter(path -> startsAt(path, anchor) == startsAt(chosen, anchor))
                    .toList();
            lastAdded = target;
            if (ties.size() > 1) {
                for (List<Edge> other : ties.subList(1, ties.size())) {
                    List<Edge> alternative = new ArrayList<>(tree);
                    alternative.addAll(other);
                    alternatives.add(alternative);
                }
            }
            for (Edge e : chosen) {
                if (!tree.contains(e)) {
                    tree.add(e);
                    reached.add(e.fromTableId());
                    reached.add(e.toTableId());
                }
            }
        }
        return Optional.of(new Plan(tree, alternatives));
    }

    private static boolean startsAt(List<Edge> path, long table) {
        return !path.isEmpty() && (path.get(0).fromTableId() == table || path.get(0).toTableId() == table);
    }

    /** All shortest edge paths from any table in {@code from} to {@code target} that pass through different tables. */
    private List<List<Edge>> shortestPaths(Set<Long> from, long target) {
        Map<Long, Integer> depth = new HashMap<>();
        Map<Long, List<Edge>> parents = new LinkedHashMap<>();
        Deque<Long> queue = new ArrayDeque<>();
        for (long start : from) {
            depth.put(start, 0);
            queue.add(start);
        }
        while (!queue.isEmpty()) {
            long table = queue.poll();
            int d = depth.get(table);
            if (depth.containsKey(target) && d >= depth.get(target)) {
                break;
            }
            for (Edge e : edgesByTable.getOrDefault(table, List.of())) {
                long next = e.other(table);
                Integer known = depth.get(next);
                if (known == null) {
                    depth.put(next, d + 1);
                    parents.computeIfAbsent(next, k -> new ArrayList<>()).add(e);
                    queue.add(next);
                } else if (known == d + 1 && !from.contains(next)) {
                    parents.get(next).add(e);
                }
            }
        }
        if (!depth.containsKey(target)) {
            return List.of();
        }
        List<List<Edge>> paths = new ArrayList<>();
        collect(target, from, parents, new ArrayList<>(), paths);
        // Two foreign keys to the same table (customer_id, seller_id) are two readings; one key found twice is one.
        Map<List<Long>, List<Edge>> byTables = new LinkedHashMap<>();
        for (List<Edge> path : paths) {
            List<Long> columns = new ArrayList<>();
            for (Edge e : path) {
                columns.add(e.fromColumnId());
                columns.add(e.toColumnId());
            }
            byTables.putIfAbsent(columns, path);
        }
        return new ArrayList<>(byTables.values());
    }

    private void collect(long table, Set<Long> from, Map<Long, List<Edge>> parents, List<Edge> suffix,
            List<List<Edge>> out) {
        if (from.contains(table)) {
            List<Edge> path = new ArrayList<>(suffix);
            out.add(path);
            return;
        }
        if (out.size() > 8) {
            return;
        }
        for (Edge e : parents.getOrDefault(table, List.of())) {
            List<Edge> next = new ArrayList<>();
            next.add(e);
            next.addAll(suffix);
            collect(e.other(table), from, parents, next, out);
        }
    }

    private void inferFromNames(Set<List<Long>> seen) {
        Map<String, List<SchemaLexicon.Column>> byName = new HashMap<>();
        for (SchemaLexicon.Column c : index.columns.values()) {
            byName.computeIfAbsent(c.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c);
        }
        for (SchemaLexicon.Table table : index.tables.values()) {
            for (SchemaLexicon.Column key : index.columnsOf(table.id())) {
                if (!key.primaryKey() && !namedAsKeyOf(index, key, table.id())) {
                    continue;
                }
                String keyName = key.name().toLowerCase(Locale.ROOT);
                for (SchemaLexicon.Column holder : byName.getOrDefault(keyName, List.of())) {
                    // every table's own "id" is no reference to another's
                    boolean ownId = keyName.equals("id") && (holder.primaryKey()
                            || namedAsKeyOf(index, holder, holder.tableId()));
                    if (holder.tableId() != table.id() && sameKind(holder, key) && !ownId) {
                        add(seen, holder, key);
                    }
                }
                if (keyName.equals("id")) {
                    // restaurant.id <- location.restaurant_id
                    String t = WordForms.singular(table.name().toLowerCase(Locale.ROOT));
                    for (String name : List.of(t + "_id", t + "id")) {
                        for (SchemaLexicon.Column holder : byName.getOrDefault(name, List.of())) {
                            if (holder.tableId() != table.id() && sameKind(holder, key)) {
                                add(seen, holder, key);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * flight.from_airport → airport's key: a column whose words name another table points at it (if nothing else
     * does); so does a number named just like the table (course_offering.semester → semester.semester_id).
     */
    private void inferFromTableWords(Set<List<Long>> seen) {
        for (SchemaLexicon.Table table : index.tables.values()) {
            List<String> tableWords = index.tableWords.getOrDefault(table.id(), List.of());
            Optional<SchemaLexicon.Column> key = index.keyColumn(table.id());
            if (tableWords.isEmpty() || key.isEmpty()) {
                continue;
            }
            for (SchemaLexicon.Column c : index.columns.values()) {
                if (c.tableId() == table.id() || namedAsKeyOf(index, c, c.tableId()) || !sameKind(c, key.get())
                        || connected(c.tableId(), table.id())) {
                    continue;
                }
                List<String> words = index.columnWords.getOrDefault(c.id(), List.of());
                if (words.equals(tableWords) && SchemaIndex.isNumeric(c)) {
                    // course_offering.semester, a number named just like the table semester: its key's value
                    add(seen, c, key.get());
                    continue;
                }
                if (!words.containsAll(tableWords) || words.size() <= tableWords.size()) {
                    continue;
                }
                // text codes may simply end with the table's name (from_airport); numbers must say they are ids
                String last = words.get(words.size() - 1);
                boolean endsWithTable = last.equals(tableWords.get(tableWords.size() - 1));
                boolean idSuffix = Set.of("id", "key", "code").contains(last);
                if (SchemaIndex.isNumeric(c) ? idSuffix : endsWithTable || idSuffix) {
                    add(seen, c, key.get());
                }
            }
        }
    }

    /** The columns of {@code from} that hold a key of {@code to} (declared or implied by names). */
    List<Long> keysInto(long from, long to) {
        return edgesByTable.getOrDefault(from, List.of()).stream()
                .filter(e -> e.fromTableId() == from && e.toTableId() == to && from != to)
                .map(Edge::fromColumnId).distinct().toList();
    }

    /** The steps that start or end at {@code table}. */
    List<Edge> edgesOf(long table) {
        return edgesByTable.getOrDefault(table, List.of());
    }

    /** The tables one foreign key step away from {@code table}. */
    Set<Long> neighbours(long table) {
        Set<Long> next = new LinkedHashSet<>();
        edgesByTable.getOrDefault(table, List.of()).forEach(e -> next.add(e.other(table)));
        next.remove(table);
        return next;
    }

    private boolean connected(long a, long b) {
        return edgesByTable.getOrDefault(a, List.of()).stream().anyMatch(e -> e.other(a) == b);
    }

    private static boolean sameKind(SchemaLexicon.Column a, SchemaLexicon.Column b) {
        return SchemaIndex.isNumeric(a) == SchemaIndex.isNumeric(b) && SchemaIndex.isText(a) == SchemaIndex.isText(b);
    }

    private void add(Set<List<Long>> seen, SchemaLexicon.Column from, SchemaLexicon.Column to) {
        // one pair of columns is one way, whichever of the two looked like the key
        if (from.tableId() == to.tableId() || seen.contains(List.of(to.id(), from.id()))
                || !seen.add(List.of(from.id(), to.id()))) {
            return;
        }
        Edge e = new Edge(from.id(), from.tableId(), to.id(), to.tableId());
        edgesByTable.computeIfAbsent(from.tableId(), k -> new ArrayList<>()).add(e);
        edgesByTable.computeIfAbsent(to.tableId(), k -> new ArrayList<>()).add(e);
    }
}
