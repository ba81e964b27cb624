/**
 * The SQL editor page: it hands SQL, a data source and variable values to the {@code Queries} boundary, follows the
 * execution until it finishes (never blocking the page for long), pages through the result and shows the catalog for
 * autocomplete. What may run, how templates compile and how results are read is decided behind the boundary, never
 * here.
 */
package com.insightiq.query.view;
