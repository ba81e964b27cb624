/** The job catalogue, the JMS sender and the job-run ledger used from broker threads. */
package com.insightiq.jobs.control;
