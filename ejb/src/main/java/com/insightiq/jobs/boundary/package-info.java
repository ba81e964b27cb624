/** Long work: requests go on the Artemis queue inside the caller's transaction; the MDB hands them to Jakarta Batch and returns. Broker and batch threads carry the tenant explicitly. */
package com.insightiq.jobs.boundary;
