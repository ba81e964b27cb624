/**
 * What the query engine keeps in a tenant's schema: the history of runs and the tenant's SQL snippets. Runs are
 * written once, when they finish, from the engine's worker threads; nothing here holds result rows.
 */
package com.insightiq.query.entity;
