/** The door to tenants: platform administration of tenants, tenant lookup for the web filter, and the start-up that migrates every schema. Each method owns its transaction and checks the caller; nothing here trusts a slug it did not look up. */
package com.insightiq.tenancy.boundary;
