/** The platform administrators' page of tenants. The Tenants boundary checks the permission and every rule. */
package com.insightiq.tenancy.view;
