package com.insightiq.tenancy.entity;

/** Lifecycle of a tenant. Only ACTIVE tenants serve requests; PROVISIONING rows exist only while a tenant is being created. */
public enum TenantStatus {
    PROVISIONING, ACTIVE, SUSPENDED
}
