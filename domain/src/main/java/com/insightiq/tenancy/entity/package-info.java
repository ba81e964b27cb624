/**
 * Tenants and their host names (control schema). A tenant's slug names its schema, so slugs are validated before they
 * ever reach an entity; nothing here reads a request.
 */
package com.insightiq.tenancy.entity;
