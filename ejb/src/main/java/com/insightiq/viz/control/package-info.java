/**
 * The visualization engine: which chart fits a result ({@link com.insightiq.viz.control.ShapeChoice}), what settings
 * may say ({@link com.insightiq.viz.control.SettingsCheck}), values formatted for a locale and the tenant's reporting
 * time zone ({@link com.insightiq.viz.control.ValueFormats}), Chart.js 4 configurations, formatted tables and pivots,
 * server-side downsampling ({@link com.insightiq.viz.control.Lttb}, top N + "Other") and drill-through SQL
 * ({@link com.insightiq.viz.control.DrillThrough}). Pure logic over rows already read: it never runs a query, never
 * decides who may see what, and never splices a value into SQL text. Only {@code ReportZones} reads a tenant setting.
 *
 * <h2>Settings keys (the {@code settings} object of a visualization)</h2>
 * Every key is optional; an unknown key or a wrong JSON type is refused with one sentence naming the key. A column
 * named by a setting that the result no longer has is not an error: the render falls back to the automatic choice
 * and adds a note. Lists hold at most 200 entries; column names are at most 1,000 characters; titles and labels at
 * most 255.
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>JSON type</th><th>meaning</th></tr>
 * <tr><td>{@code dimension}</td><td>string</td><td>the x / category column (histogram: the column binned; scatter: the
 * x measure; trend: the period column)</td></tr>
 * <tr><td>{@code metrics}</td><td>list of strings</td><td>the measure columns, one dataset each (number, progress,
 * gauge, pie, funnel, waterfall: the first one; histogram: a column summed per bin instead of counting rows)</td></tr>
 * <tr><td>{@code series}</td><td>string</td><td>breakout column: one dataset per value of it, for the first metric
 * (bar, row, line, area, combo, scatter)</td></tr>
 * <tr><td>{@code stacking}</td><td>{@code none | stacked | normalized}</td><td>bar, row, area: side by side, stacked,
 * or stacked to 100 % (values become percentages on the server; the value axis runs 0–100). Area defaults to
 * {@code stacked}, bar and row to {@code none}</td></tr>
 * <tr><td>{@code donut}</td><td>boolean</td><td>pie drawn as a doughnut</td></tr>
 * <tr><td>{@code bubble}</td><td>string</td><td>scatter: a number column sizing each point (the chart becomes a
 * bubble chart; radius 3–24 px by the square root of the size)</td></tr>
 * <tr><td>{@code bins}</td><td>integer 1–200</td><td>histogram: number of equal-width bins (default: Sturges' rule,
 * 5–50)</td></tr>
 * <tr><td>{@code goal}</td><td>number</td><td>line, bar, row, area, combo: a dashed goal line; progress: the target;
 * gauge: the end of the arc unless {@code gauge.max} or segments say otherwise</td></tr>
 * <tr><td>{@code rightAxis}</td><td>list of strings</td><td>combo: metrics drawn against the second (right) y axis
 * {@code y1}; default: the line metrics</td></tr>
 * <tr><td>{@code lineMetrics}</td><td>list of strings</td><td>combo: metrics drawn as lines (the others are bars);
 * default: the last metric when there are several</td></tr>
 * <tr><td>{@code colors}</td><td>object series → colour</td><td>colour per series name (pie: per category label).
 * Colours: {@code #rgb}, {@code #rgba}, {@code #rrggbb}, {@code #rrggbbaa}, {@code rgb()/rgba()/hsl()/hsla()} with
 * numbers only, or a CSS colour name</td></tr>
 * <tr><td>{@code labels}</td><td>boolean</td><td>show value labels on bars/points (a hint: {@code
 * plugins.insightiq.labels}; the page's extender draws them)</td></tr>
 * <tr><td>{@code legend}</td><td>{@code top | bottom | right | left | none}</td><td>legend position; default: top
 * when there are several series (pie: always), else none</td></tr>
 * <tr><td>{@code sort}</td><td>{@code none | x-asc | x-desc | value-asc | value-desc}</td><td>order of the x values;
 * default: {@code x-asc} for time/number x, result order for categories, {@code value-desc} for pie and funnel</td>
 * </tr>
 * <tr><td>{@code xAxis}, {@code yAxis}</td><td>object {@code {title: string, min: number, max: number, scale: linear |
 * log}}</td><td>the category axis and the value axis (row charts: x is still the category axis, drawn vertically)
 * </td></tr>
 * <tr><td>{@code numberFormat}</td><td>object {@code {style: number | currency | percent | scientific, currency: ISO
 * 4217 code (default USD), decimals: 0–15, compact: boolean, prefix: string ≤ 20, suffix: string ≤ 20}}</td><td>how
 * measures are written (tables, figures, and — through the hint {@code plugins.insightiq.numberFormat} — ticks and
 * tooltips). Percent multiplies by 100 (0.25 → 25 %)</td></tr>
 * <tr><td>{@code dateGrain}</td><td>{@code minute | hour | day | week | month | quarter | year}</td><td>how time
 * values are labelled, in the reporting time zone ("Jan 2024", "Q1 2024", ISO week "2024-W05"); default: month when
 * every value is the first of a month at midnight, day when every value is midnight, else minute</td></tr>
 * <tr><td>{@code table}</td><td>object {@code {columns: [{name, title, hidden: boolean, numberFormat, dateGrain}],
 * conditional: [{column, op: gt | lt | ge | le | eq | ne | between | contains, value, value2, background: colour,
 * color: colour}], totals: boolean}}</td><td>table: listed columns first in their order (hidden ones left out), the rest
 * after; the first matching rule colours a cell ({@code between} uses {@code value} and {@code value2}, inclusive;
 * {@code contains} compares text case-insensitively); {@code totals} adds a row summing the number columns with
 * "Total" in the first column</td></tr>
 * <tr><td>{@code pivot}</td><td>object {@code {rows: [column], columns: [column], values: [{column, aggregation: sum |
 * count | avg | min | max}]}}</td><td>pivot: row and column groupings (default: the first two non-measure columns)
 * and values (default: sum of the first measure); totals per row and column, subtotals per outer row group</td></tr>
 * <tr><td>{@code gauge}</td><td>object {@code {min: number, max: number, segments: [{to: number, color: colour, label:
 * string}]}}</td><td>gauge arc: from {@code min} (default 0) to {@code max}, coloured segments each ending at
 * {@code to}</td></tr>
 * <tr><td>{@code trend}</td><td>object {@code {}}</td><td>reserved for trend options; must be empty</td></tr>
 * </table>
 *
 * <h2>{@code options.plugins.insightiq} (hints for the page's Chart.js extender)</h2>
 * {@code locale} (BCP 47), {@code timeZone} (IANA id or "UTC"), {@code currency}, {@code numberFormat} (as above, with defaults filled), {@code labels},
 * {@code sampling {method, sourcePoints, shownPoints}}, {@code drill {dimension, dimensionType, dateGrain, values[]
 * (raw value per label: numbers, ISO-8601 strings for times — instants as the reporting zone's wall clock, like the
 * labels — null for "Other"), metrics[] and seriesValues[] (per
 * dataset), series (breakout column, when any)}}, and per type: {@code normalized} (100 % stacking), {@code goal},
 * {@code percentages} (pie: share per slice, 0–1), {@code waterfall {changes[], total}}, {@code histogram {column,
 * bins[[from, to]]}}, {@code gauge {min, max, value, formatted}}, {@code xTime} (scatter: x values are epoch
 * milliseconds). Datasets marked {@code insightiqGoal: true} are goal lines.
 */
package com.insightiq.viz.control;
