/** Schema-per-tenant mechanics: slug-to-schema, Flyway per schema, provisioning with compensation, the one-tenant-per-transaction scope. Never builds SQL from unvalidated text. */
package com.insightiq.tenancy.control;
