package org.vigia.it.arquillian;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.ArchivePath;

/**
 * Keeps a managed, {@code testable = false} deployment deployed from one test class to the next that deploys the
 * same archive (same container, same archive name, same entries; {@code vigia.war} and {@code ROOT.war} are two
 * archives), instead of Payara Micro's Arquillian container starting a server JVM for each class and stopping it
 * after. The integration tests are black-box HTTP and browser tests against one database, so a class cannot tell
 * a server it shares from one of its own as long as it does not depend on what the server holds in memory.
 * <ul>
 *   <li>{@link DeployDeployment} of a shareable deployment while the same archive is deployed: not deployed again;
 *   the deployment is marked deployed and the server's {@link ProtocolMetaData} (its URL) is published in the new
 *   class's deployment context, so {@code @ArquillianResource URL} works as before.</li>
 *   <li>{@link UnDeployDeployment} at the end of a class that shares: skipped, the server stays up.</li>
 *   <li>Any other deployment (another archive, {@code managed = false} deployments deployed through
 *   {@code Deployer}, a class annotated {@link FreshServer}, a class with several deployments): the shared server
 *   is undeployed first (the Payara Micro container runs one server at a time), then deployed and undeployed as
 *   Arquillian does.</li>
 *   <li>{@link AfterSuite}: the shared server is undeployed before Arquillian stops its containers, so no Payara
 *   Micro is left running.</li>
 * </ul>
 * A shared server that no longer accepts connections is undeployed and deployed afresh. {@code SharedDeploymentOrder}
 * runs the classes of one archive one after the other so that each archive starts once.
 */
public class SharedDeployments {

    private static final Logger LOG = Logger.getLogger(SharedDeployments.class.getName());

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> descriptionProducer;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deploymentProducer;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    @Inject
    private Instance<TestClass> testClass;

    @Inject
    private Instance<DeploymentScenario> scenario;

    @Inject
    private Event<UnDeployDeployment> undeploy;

    /** The deployment kept deployed, or null. */
    private Shared shared;

    /** What is deployed and shared: the deployment that really deployed it, and the classes' deployments using it. */
    private static final class Shared {
        final String key;
        final Container container;
        final Deployment deployed;
        final ProtocolMetaData metaData;
        final Set<Deployment> users = Collections.newSetFromMap(new IdentityHashMap<>());
        int classes = 1;

        Shared(String key, Container container, Deployment deployed, ProtocolMetaData metaData) {
            this.key = key;
            this.container = container;
            this.deployed = deployed;
            this.metaData = metaData;
            users.add(deployed);
        }
    }

    /** Runs inside the container and deployment contexts that Arquillian activates for the event (lower precedence). */
    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
        DeployDeployment event = context.getEvent();
        Deployment deployment = event.getDeployment();
        String key = shareableKey(event.getContainer(), deployment);
        if (shared != null && key != null && key.equals(shared.key) && answers(shared.metaData)) {
            descriptionProducer.set(deployment.getDescription());
            deploymentProducer.set(deployment);
            protocolMetaData.set(shared.metaData);
            deployment.deployed();
            shared.users.add(deployment);
            shared.classes++;
            LOG.info(() -> "Shared deployment " + shared.key + ": reused for " + className() + " (class "
                    + shared.classes + " on this server)");
            return;
        }
        undeployShared(key == null ? className() + " needs a server of its own" : "next archive " + key);
        context.proceed();
        if (key != null && deployment.isDeployed() && !deployment.hasDeploymentError()) {
            shared = new Shared(key, event.getContainer(), deployment, protocolMetaData.get());
            LOG.info(() -> "Shared deployment " + key + ": deployed for " + className() + ", kept for the next classes");
        }
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        Deployment deployment = context.getEvent().getDeployment();
        if (shared != null && shared.users.remove(deployment)) {
            deployment.undeployed();
            return;
        }
        context.proceed();
    }

    /** Before {@code ContainerEventController} stops the containers (precedence 0). */
    public void afterSuite(@Observes(precedence = 100) AfterSuite event) {
        undeployShared("end of the suite");
    }

    private void undeployShared(String why) {
        if (shared == null) {
            return;
        }
        Shared last = shared;
        shared = null;
        LOG.info(() -> "Shared deployment " + last.key + ": undeployed after " + last.classes + " classes (" + why + ")");
        undeploy.fire(new UnDeployDeployment(last.container, last.deployed));
    }

    /**
     * The key of the archive when this deployment may share a server: managed, not testable, an archive, the only
     * deployment of a class that is not {@link FreshServer}; null otherwise.
     */
    private String shareableKey(Container container, Deployment deployment) {
        DeploymentDescription d = deployment.getDescription();
        TestClass test = testClass.get();
        DeploymentScenario deployments = scenario.get();
        if (!d.managed() || d.testable() || !d.isArchiveDeployment() || test == null
                || test.isAnnotationPresent(FreshServer.class)
                || deployments == null || deployments.deployments().size() != 1) {
            return null;
        }
        Set<String> paths = new TreeSet<>();
        for (ArchivePath p : d.getArchive().getContent().keySet()) {
            paths.add(p.get());
        }
        return container.getName() + ":" + d.getArchive().getName() + "#" + Integer.toHexString(paths.hashCode());
    }

    /** Whether the shared server still accepts connections (a crashed server is deployed afresh). */
    private static boolean answers(ProtocolMetaData metaData) {
        for (HTTPContext http : metaData.getContexts(HTTPContext.class)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(http.getHost(), http.getPort()), 2000);
                return true;
            } catch (IOException e) {
                LOG.warning(() -> "Shared deployment at " + http.getHost() + ":" + http.getPort() + " does not answer ("
                        + e.getMessage() + "): deploying afresh");
                return false;
            }
        }
        return false;
    }

    private String className() {
        TestClass test = testClass.get();
        return test == null ? "(no class)" : test.getJavaClass().getSimpleName();
    }
}
