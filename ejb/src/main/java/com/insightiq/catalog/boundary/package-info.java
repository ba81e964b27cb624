/**
 * The doors to the catalog: tenant, permission and transaction are checked here once (TenantAccess), then records go
 * out; managed entities never leave. Also the two timers: the nightly schedule and the resume sweep after a restart.
 */
package com.insightiq.catalog.boundary;
