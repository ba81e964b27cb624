package com.insightiq.query.control;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;

/**
 * The engine's own threads, apart from the server's default executor so queries never starve other work. Tasks get
 * the application's context (class loader, JNDI) and nothing of the submitting request: the tenant and user travel in
 * the task. The per-tenant bound is {@link TenantQueues}'; this pool only bounds the whole server.
 */
@ManagedExecutorDefinition(name = QueryThreads.NAME, maxAsync = QueryThreads.THREADS)
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueryThreads {
    public static final String NAME = "java:app/concurrent/insightiq-queries";
    static final int THREADS = 64;

    @Resource(lookup = NAME)
    ManagedExecutorService executor;

    public void execute(Runnable task) {
        executor.execute(task);
    }
}
