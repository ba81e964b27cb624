package com.insightiq.system;

import java.io.File;
import java.time.Instant;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The EAR Maven built, unchanged, deployed once for all system-test classes (arquillian.xml names this class to the
 * suite extension): a deploy of the EAR with CoreNLP costs about a minute, and fifty redeploys leaked the server into
 * failure. Test classes therefore share one running application and must not rely on a fresh one; the database was
 * always shared. It must be deployed under the name "insightiq": its Artemis adapter is addressed as
 * insightiq#artemis-rar.
 */
@ArquillianSuiteDeployment
public final class Deployments {
    /** When the EAR was handed to the server: the start of "startup until ready" in the NLQ benchmark. */
    private static volatile Instant handedOver;

    private Deployments() {
    }

    public static Instant handedOver() {
        return handedOver;
    }

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("it.ear", "target/insightiq.ear"));
        EnterpriseArchive archive = ShrinkWrap.create(ZipImporter.class, "insightiq.ear").importFrom(ear)
                .as(EnterpriseArchive.class);
        handedOver = Instant.now();
        return archive;
    }
}
