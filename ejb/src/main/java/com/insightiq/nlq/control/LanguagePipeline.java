package com.insightiq.nlq.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shared Stanford CoreNLP pipeline (tokenize, ssplit, pos, lemma, numeric ner, SUTime with InsightIQ's rules,
 * depparse), loaded once in the background at startup.
 *
 * <p>An EJB {@code @Singleton @Startup} rather than an {@code @ApplicationScoped} bean observing startup: the container
 * guarantees one instance per application and calls {@code @PostConstruct} at deployment in this EJB module, without
 * relying on CDI's initialisation event reaching an EJB jar inside an EAR. Bean-managed concurrency, because the
 * pipeline is thread-safe and container locks would serialise every question. The load runs on the server's managed
 * executor, so deployment never waits for the model; {@code insightiq.nlq.preload=false} defers it to the first
 * question.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LanguagePipeline {
    private static final Logger LOG = Logger.getLogger(LanguagePipeline.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "insightiq.nlq.preload", defaultValue = "true")
    boolean preload;

    @Inject
    @ConfigProperty(name = "insightiq.nlq.load-wait-seconds", defaultValue = "90")
    int loadWaitSeconds;

    private final BackgroundLoad<QuestionParser> load = new BackgroundLoad<>("The language model",
            LanguagePipeline::loadLogged);

    @PostConstruct
    void startup() {
        if (preload) {
            load.start(executor);
        }
    }

    /**
     * Annotates one question; {@code referenceDate} anchors relative times. Starts the load when it was not preloaded,
     * and waits at most {@code insightiq.nlq.load-wait-seconds} for a load in progress.
     *
     * @throws LanguageNotReadyException when the model is still loading after that wait
     * @throws IllegalStateException when the model failed to load
     */
    public ParsedQuestion parse(String text, LocalDate referenceDate) {
        load.start(executor);
        return load.await(Duration.ofSeconds(Math.max(0, loadWaitSeconds))).parse(text, referenceDate);
    }

    public PipelineState state() {
        return load.state();
    }

    private static QuestionParser loadLogged() {
        LOG.info("Loading the language model (Stanford CoreNLP) in the background.");
        try {
            return QuestionParser.load();
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "The language model could not be loaded; natural-language questions are unavailable.", e);
            throw e;
        }
    }
}
