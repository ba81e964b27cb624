/**
 * The query engine's REST API under /t/{slug}/api/v1: running SQL (synchronously within a wait, else asynchronously
 * with an execution id), paging, cancelling, history and the admins' log; snippets; the tenant's query settings.
 * Resources hold no logic: they turn JSON into the boundaries' records and results into the contract's JSON.
 */
package com.insightiq.query.api;
