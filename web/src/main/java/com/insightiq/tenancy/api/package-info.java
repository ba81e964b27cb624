/** Tenant resolution for every request (host name or /t/{slug}/) and the tenants REST resource. The filter never uses a slug as a schema name; boundaries look it up again. */
package com.insightiq.tenancy.api;
