/** REST for requesting and following jobs, and the broker's health check. */
package com.insightiq.jobs.api;
