package com.insightiq.jobs.boundary;

import com.insightiq.jobs.control.JobCatalog;
import com.insightiq.jobs.control.JobRunLedger;
import com.insightiq.jobs.entity.JobParameters;
import com.insightiq.jobs.entity.JobRun;
import com.insightiq.tenancy.control.TenantRegistry;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes job requests off the Artemis queue and starts the Jakarta Batch job with the tenant as a parameter, then
 * returns at once: the work runs on batch threads, not on the broker's. Bound to the Artemis resource adapter in
 * glassfish-ejb-jar.xml; broker address from the server's system properties.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "insightiq.jobs"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
        @ActivationConfigProperty(propertyName = "setupAttempts", propertyValue = "-1"),
        @ActivationConfigProperty(propertyName = "setupInterval", propertyValue = "2000"),
        @ActivationConfigProperty(propertyName = "connectorClassName",
                propertyValue = "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory"),
        @ActivationConfigProperty(propertyName = "connectionParameters",
                propertyValue = "host=${insightiq.jms.host};port=${insightiq.jms.port}"),
        @ActivationConfigProperty(propertyName = "user", propertyValue = "${insightiq.jms.user}"),
        @ActivationConfigProperty(propertyName = "password", propertyValue = "${insightiq.jms.password}")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRequests implements MessageListener {
    private static final Logger LOG = Logger.getLogger(JobRequests.class.getName());

    @Inject
    TenantRegistry registry;

    @Inject
    JobRunLedger ledger;

    @Override
    public void onMessage(Message message) {
        String slug;
        long runId;
        String jobName;
        boolean resume;
        try {
            slug = message.getStringProperty(JobParameters.TENANT);
            runId = message.getLongProperty(JobParameters.JOB_RUN_ID);
            jobName = message.getStringProperty(JobParameters.JOB_NAME);
            resume = message.propertyExists(JobParameters.RESUME) && message.getBooleanProperty(JobParameters.RESUME);
        } catch (JMSException | NumberFormatException e) {
            LOG.warning("Dropping a job message without tenant, run id and job name: " + e.getMessage());
            return;
        }
        Optional<Tenant> tenant = registry.bySlug(slug).filter(Tenant::isActive);
        if (tenant.isEmpty() || JobCatalog.find(jobName).isEmpty()) {
            LOG.warning("Dropping job message for unknown or inactive tenant/job: " + TenantRegistry.printable(slug)
                    + "/" + TenantRegistry.printable(jobName));
            return;
        }
        Optional<JobRun> run = ledger.find(tenant.get(), runId);
        if (run.isEmpty() || run.get().status().isFinished()) {
            return; // stale: the run finished already
        }
        Properties parameters = new Properties();
        parameters.setProperty(JobParameters.TENANT, tenant.get().slug());
        parameters.setProperty(JobParameters.JOB_RUN_ID, Long.toString(runId));
        if (run.get().executionId().isPresent()) {
            if (resume) {
                resume(tenant.get(), runId, jobName, run.get().executionId().get(), parameters);
            }
            return; // otherwise redelivered: the job was started already
        }
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            long executionId = operator.start(jobName, parameters);
            ledger.launched(tenant.get(), runId, executionId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start job " + jobName + " for " + slug, e);
            ledger.failed(tenant.get(), runId, "The job could not be started: " + e.getMessage());
        }
    }

    /**
     * A FAILED or STOPPED execution restarts from its last checkpoint. One still STARTED but created before this JVM
     * started died with the previous server; Jakarta Batch cannot restart it, so a fresh execution runs the job again
     * (jobs that resume from their own progress, like catalog-sync, continue where they were). Anything else is alive.
     */
    private void resume(Tenant tenant, long runId, String jobName, long executionId, Properties parameters) {
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            JobExecution execution = operator.getJobExecution(executionId);
            BatchStatus status = execution.getBatchStatus();
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            long next;
            if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                next = operator.restart(executionId, parameters);
            } else if ((status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING)
                    && execution.getCreateTime() != null && execution.getCreateTime().getTime() < jvmStart) {
                next = operator.start(jobName, parameters);
            } else {
                return;
            }
            LOG.info(() -> "Resumed " + jobName + " run " + runId + " of " + tenant.slug() + " (execution " + executionId
                    + " was " + status + ") as execution " + next);
            ledger.launched(tenant, runId, next);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not resume job " + jobName + " run " + runId + " for " + tenant.slug(), e);
            ledger.failed(tenant, runId, "The job was interrupted and could not be resumed: " + e.getMessage());
        }
    }
}
