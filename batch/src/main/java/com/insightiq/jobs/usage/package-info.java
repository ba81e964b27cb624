/**
 * The tenant usage report job. Runs on batch threads without a request: the tenant comes from the job parameters and
 * every SQL statement names the tenant schema explicitly.
 */
package com.insightiq.jobs.usage;
