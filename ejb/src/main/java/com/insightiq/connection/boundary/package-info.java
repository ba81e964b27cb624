/**
 * The door to a tenant's data sources: tenant and permission checks, transactions, and records in and out. Responses
 * never carry a secret, only whether one is stored.
 */
package com.insightiq.connection.boundary;
