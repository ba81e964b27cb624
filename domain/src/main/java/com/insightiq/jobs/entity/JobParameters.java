package com.insightiq.jobs.entity;

/**
 * Names shared by the JMS job message and the Jakarta Batch job parameters. The tenant travels explicitly: there is no
 * request, session or Shiro subject on broker and batch threads.
 */
public final class JobParameters {
    public static final String TENANT = "tenant";
    public static final String JOB_RUN_ID = "jobRunId";
    public static final String JOB_NAME = "jobName";
    /** Message property: continue a run whose execution was cut off by a server stop, instead of starting it. */
    public static final String RESUME = "resume";

    private JobParameters() {
    }
}
