/**
 * The visualization engine: automatic choice, settings, formatting, Chart.js configurations, tables and pivots,
 * downsampling and drill-through SQL. Pure logic: no tenant, no transaction, no JDBC except the reporting time zone.
 */
package com.insightiq.viz.control;
