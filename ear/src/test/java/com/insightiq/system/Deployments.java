package com.insightiq.system;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The EAR Maven built, unchanged. It must be deployed under the name "insightiq": its Artemis adapter is addressed as
 * insightiq#artemis-rar.
 */
public final class Deployments {
    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("it.ear", "target/insightiq.ear"));
        return ShrinkWrap.create(ZipImporter.class, "insightiq.ear").importFrom(ear).as(EnterpriseArchive.class);
    }
}
