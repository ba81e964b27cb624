/**
 * The catalog's REST API under /t/{slug}/api/v1: sync and schedule of a data source, its tables, columns, field values
 * and the glossary. Each data-source sub-path is its own root resource so the lead's /datasources/{id} stays theirs.
 * Resources hold no logic: they pass records to the boundaries.
 */
package com.insightiq.catalog.api;
