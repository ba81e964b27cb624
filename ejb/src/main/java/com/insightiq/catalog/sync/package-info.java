/**
 * The Jakarta Batch artifacts of the {@code catalog-sync} job (META-INF/batch-jobs/catalog-sync.xml of this jar).
 * They live in the EJB module, not in the batch module, because they need the connection layer (pools, drivers) and
 * the catalog controls: the batch jar in ear/lib cannot compile against the EJB jar, while at run time both share the
 * EAR class loader, and the MDB that starts jobs is in this module. No request, caller or tenant persistence context
 * exists on batch threads: the tenant comes from the job parameters and every statement names its schema.
 */
package com.insightiq.catalog.sync;
