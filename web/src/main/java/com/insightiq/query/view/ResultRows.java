package com.insightiq.query.view;

import com.insightiq.platform.view.Notices;
import com.insightiq.query.boundary.Queries;
import com.insightiq.query.boundary.QueryPage;
import com.insightiq.query.control.QueryFailedException;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The rows of a completed execution for a lazy data table. The first page the engine answered (up to the row cap) is
 * kept; pages past it are read through {@link Queries#page} when the person pages there. Sorting orders the rows
 * that were loaded (the whole result when it was not truncated) in memory, never by querying again.
 */
public class ResultRows extends LazyDataModel<ResultRow> {
    private static final long serialVersionUID = 1L;

    private final String slug;
    private final String executionId;
    /** The first page; after the session was passivated it is read again through the boundary. */
    private transient List<ResultRow> loaded;
    private final int loadedCount;
    private boolean more;
    private long known;
    private boolean sortedPartially;

    ResultRows(String slug, QueryPage first) {
        this.slug = slug;
        this.executionId = first.executionId();
        this.loaded = rows(first);
        this.loadedCount = loaded.size();
        this.more = first.truncated();
        this.known = loaded.size();
    }

    /** Rows known to exist so far; more may follow when {@link #isMore()}. */
    public long getKnownRows() {
        return known;
    }

    public boolean isMore() {
        return more;
    }

    public int getLoadedCount() {
        return loadedCount;
    }

    /** Whether the last sort covered only the loaded rows of a truncated result. */
    public boolean isSortedPartially() {
        return sortedPartially;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // With more rows unread the paginator offers one page past what is known; reading it learns the truth.
        return (int) Math.min(Integer.MAX_VALUE, known + (more ? Math.max(getPageSize(), 1) : 0));
    }

    @Override
    public List<ResultRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                Map<String, FilterMeta> filterBy) {
        List<ResultRow> rows = loaded();
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().filter(SortMeta::isActive).findFirst()
                .orElse(null);
        sortedPartially = sort != null && more;
        if (first < rows.size() || sort != null) {
            List<ResultRow> view = sort == null ? rows : sorted(rows, sort);
            if (sort != null) {
                setRowCount(view.size()); // a sorted view pages through the loaded rows only
            }
            return view.subList(Math.min(first, view.size()), Math.min(first + pageSize, view.size()));
        }
        QueryPage page = read(first, pageSize);
        if (page == null) {
            return List.of();
        }
        List<ResultRow> read = rows(page);
        known = Math.max(known, first + read.size());
        more = page.truncated();
        setRowCount(count(filterBy));
        return read;
    }

    @Override
    public String getRowKey(ResultRow row) {
        return Long.toString(row.index());
    }

    @Override
    public ResultRow getRowData(String rowKey) {
        List<ResultRow> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }

    private List<ResultRow> loaded() {
        if (loaded == null) {
            QueryPage page = read(0, loadedCount);
            loaded = page == null ? List.of() : rows(page);
        }
        return loaded;
    }

    /** A page through the boundary; a refusal (e.g. the result expired) is told and gives no rows. */
    private QueryPage read(long offset, int limit) {
        Notices notices = CDI.current().select(Notices.class).get();
        try {
            return notices.fetch(() -> CDI.current().select(Queries.class).get().page(slug, executionId, offset, limit))
                    .orElse(null);
        } catch (QueryFailedException failure) {
            notices.error("editor.pageFailed", failure.getMessage());
            return null;
        }
    }

    private static List<ResultRow> sorted(List<ResultRow> rows, SortMeta sort) {
        int column = Integer.parseInt(sort.getField().substring(1));
        Comparator<ResultRow> order = Comparator.comparing(r -> r.values().get(column), ResultRows::compareValues);
        List<ResultRow> copy = new ArrayList<>(rows);
        copy.sort(sort.getOrder() == SortOrder.DESCENDING ? order.reversed() : order);
        return copy;
    }

    /** Nulls last; values of one column share a type, anything else compares as text. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            boolean floating = x instanceof Double || x instanceof Float || y instanceof Double || y instanceof Float;
            return floating ? Double.compare(x.doubleValue(), y.doubleValue())
                    : new java.math.BigDecimal(x.toString()).compareTo(new java.math.BigDecimal(y.toString()));
        }
        if (a instanceof Comparable c && a.getClass().equals(b.getClass())) {
            return c.compareTo(b);
        }
        return String.valueOf(CellText.of(a)).compareTo(String.valueOf(CellText.of(b)));
    }

    private static List<ResultRow> rows(QueryPage page) {
        List<ResultRow> rows = new ArrayList<>(page.rows().size());
        long index = page.offset();
        for (List<Object> values : page.rows()) {
            rows.add(new ResultRow(index++, values));
        }
        return rows;
    }
}
