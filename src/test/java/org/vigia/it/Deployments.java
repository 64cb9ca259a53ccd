package org.vigia.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that {@code mvn package} built, deployed as it ships (integration tests run in Failsafe after packaging). */
public final class Deployments {

    /** Password of the demo accounts in the integration-test server (see arquillian.xml). */
    public static final String DEMO_PASSWORD = "It-Demo-Passw0rd";

    private Deployments() {
    }

    public static WebArchive vigia() {
        return ShrinkWrap.create(ZipImporter.class, "vigia.war")
                .importFrom(new File(System.getProperty("vigia.war", "target/vigia.war")))
                .as(WebArchive.class);
    }

    /**
     * The same WAR in the root context ({@code ROOT.war}), as the run command deploys it: then {@code /openapi},
     * which Payara serves in the root context's web module, is behind Vigia's sign-in.
     */
    public static WebArchive vigiaAtRoot() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("vigia.war", "target/vigia.war")))
                .as(WebArchive.class);
    }
}
