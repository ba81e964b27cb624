/**
 * The doors to the query engine for pages and resources: {@code Queries} (run, wait, page, cancel, export, history and
 * log), {@code Snippets} and {@code QuerySettings}. Tenant and role are checked here once; methods that wait for a
 * query hold no transaction while they wait. Records in, records out — no entity leaves.
 */
package com.insightiq.query.boundary;
