package com.insightiq.tenancy.control;

import com.insightiq.tenancy.entity.Slug;

/**
 * A tenant was suspended or deleted. Fired in the changing transaction; capabilities that hold resources for tenants
 * (connection pools, SSH tunnels) release them once it commits, without tenancy knowing them.
 */
public record TenantClosed(Slug tenant, boolean deleted) {
}
