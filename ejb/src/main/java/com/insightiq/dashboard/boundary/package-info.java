/**
 * Dashboards: cards on a grid with dashboard-level filters, their runs, sharing and embedding.
 *
 * <p>Filter values, in JSON run requests ({@code {"filters": {"created": "past30days", "region": ["West"]}}}) and URL
 * query parameters (repeated for lists), by filter type:
 * <ul>
 * <li>date: a relative range {@code "past7days"}, {@code "past3months"}, {@code "past1years"}, {@code "next2weeks"},
 * {@code "today"}, {@code "yesterday"}, {@code "thisweek"}, {@code "thismonth"}, {@code "thisquarter"},
 * {@code "thisyear"}, {@code "lastweek"}, {@code "lastmonth"}, {@code "lastquarter"}, {@code "lastyear"}, {@code "ytd"},
 * {@code "qtd"}, {@code "mtd"} (in the tenant's reporting zone; "past N" periods exclude the current one, as in
 * Metabase), an absolute {@code "2024-01-01~2024-03-31"} (inclusive; either end may be empty), or one day
 * {@code "2024-01-01"};</li>
 * <li>category, text, id: a string or a list of strings (ids: integers, as strings or numbers);</li>
 * <li>number: a number, a list of numbers, or a range {@code "10~20"}.</li>
 * </ul>
 * Absent, null or an empty list: the filter is not set (its default applies when it has one). A value of the wrong
 * shape is 400 naming the filter. A filter reaches a question card through the card's {@link
 * com.insightiq.dashboard.boundary.CardMapping}s: to a plain variable as that variable's type needs (a date range to
 * a {@code date-range} variable, its start to a {@code date} variable, …) or to a field filter as a condition on the
 * field's column.
 */
package com.insightiq.dashboard.boundary;
