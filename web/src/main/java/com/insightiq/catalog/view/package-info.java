/**
 * Browse Data and the catalog editors: sources → schemas → tables → columns with a preview of the first rows, tenant
 * admins' metadata and glossary edits, and each source's sync status. Views ask the catalog boundaries and show the
 * answers; they never decide what a sync, a semantic type or a permission means.
 */
package com.insightiq.catalog.view;
