package com.insightiq.jobs.control;

import com.insightiq.jobs.entity.JobParameters;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts job requests on the Artemis jobs queue. The send joins the caller's JTA transaction: if the request's
 * transaction rolls back, no message is delivered.
 */
@ApplicationScoped
public class JobQueue {
    public static final String QUEUE = "insightiq.jobs";

    @Resource(lookup = "java:app/jms/InsightConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:app/jms/JobsQueue")
    Queue queue;

    @Inject
    @ConfigProperty(name = "insightiq.jms.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "insightiq.jms.password")
    Optional<String> password;

    public void request(String tenant, long jobRunId, String jobName) {
        send(tenant, jobRunId, jobName, false);
    }

    /** Asks the MDB to restart (or re-run) a run whose execution a server stop interrupted. */
    public void resume(String tenant, long jobRunId, String jobName) {
        send(tenant, jobRunId, jobName, true);
    }

    private void send(String tenant, long jobRunId, String jobName, boolean resume) {
        try (JMSContext context = open()) {
            context.createProducer()
                    .setProperty(JobParameters.TENANT, tenant)
                    .setProperty(JobParameters.JOB_RUN_ID, jobRunId)
                    .setProperty(JobParameters.JOB_NAME, jobName)
                    .setProperty(JobParameters.RESUME, resume)
                    .send(queue, (resume ? "resume " : "") + jobName + " for " + tenant);
        }
    }

    /** Opens and closes a context: proves the broker answers (used by the health check). */
    public void ping() {
        try (JMSContext context = open()) {
            context.createProducer();
        }
    }

    private JMSContext open() {
        return user.filter(u -> !u.isBlank()).isPresent()
                ? connectionFactory.createContext(user.get(), password.orElse(""))
                : connectionFactory.createContext();
    }
}
