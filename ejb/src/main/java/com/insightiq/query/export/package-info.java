/**
 * The Jakarta Batch artifacts of the {@code query-export} job (META-INF/batch-jobs/query-export.xml of this jar): a
 * large export runs here, off the request, and leaves a file for its owner. In the EJB module for the same reason as
 * catalog.sync: they need the query engine. No request, caller or tenant context exists on batch threads: the tenant
 * and the export come from the job parameters, and the engine checks the owner's role again.
 */
package com.insightiq.query.export;
