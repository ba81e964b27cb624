/** Job runs of a tenant (tenant schema). Updated by the batch jobs through JDBC, read through JPA. */
package com.insightiq.jobs.entity;
