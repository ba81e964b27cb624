/**
 * The catalog of a tenant's data sources (tenant schema): tables, columns, keys, indexes, field values, sync runs and
 * the glossary. Sync writes these tables with JDBC; the entities here serve reads and the admins' edits, never syncs.
 */
package com.insightiq.catalog.entity;
