/**
 * The query engine: one canonical {@link com.insightiq.query.control.QuerySpec} through an ordered pipeline of small
 * steps (validate → permissions → parameters → limit → compile → cache → execute → annotate → stream), executed on the
 * engine's managed threads in per-tenant FIFO lanes, results streamed to a {@link com.insightiq.query.control.RowSink}
 * and complete small results kept in JCache. Controls take the tenant and user as arguments and never read request
 * state; they never splice a value into SQL text and never run a statement outside a read-only transaction.
 */
package com.insightiq.query.control;
