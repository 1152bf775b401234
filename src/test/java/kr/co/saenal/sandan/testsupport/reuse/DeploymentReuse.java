package kr.co.saenal.sandan.testsupport.reuse;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.AfterUnDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.spi.event.container.BeforeUnDeploy;
import org.jboss.arquillian.container.spi.event.container.DeployerEvent;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Keeps a test class's deployment on the server for the next class when that class deploys exactly the same archive
 * (same entries, same bytes; {@link ArchiveContent}), instead of undeploying and deploying the same WAR again: a
 * deployment of Sandan costs seconds of CPU (annotation scanning, Hibernate, the search index), most of what the
 * integration suites cost. A class whose archive differs in any byte gets a deployment of its own, as before; the
 * kept deployment is undeployed then, and before the server stops.
 *
 * <p>It steps in around Arquillian's own handling of {@link DeployDeployment} and {@link UnDeployDeployment}
 * (inside the deployment context, hence the low precedence) and does what that handling does, minus the call to the
 * server. Set {@code -Dsandan.deployment.reuse=false} to deploy every class afresh.
 */
public class DeploymentReuse {

    private static final boolean ENABLED =
            !"false".equalsIgnoreCase(System.getProperty("sandan.deployment.reuse", "true"));

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> description;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deployment;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    @Inject
    private Event<DeployerEvent> deployerEvent;

    private Kept kept;

    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
        DeployDeployment event = context.getEvent();
        DeploymentDescription wanted = event.getDeployment().getDescription();
        if (!ENABLED || !wanted.isArchiveDeployment()) {
            context.proceed();
            return;
        }
        Archive<?> archive = archiveOf(wanted);
        ArchiveContent content = ArchiveContent.of(archive);
        DeployableContainer<?> container = event.getDeployableContainer();
        if (kept != null && kept.container == container && kept.content.equals(content)) {
            reuse(event, kept.metaData);
            kept = kept.by(wanted);
            return;
        }
        if (kept != null) {
            log("deploying afresh for " + wanted.getName() + ": " + kept.content.differenceTo(content));
            release();
        }
        context.proceed();
        if (event.getDeployment().isDeployed()) {
            kept = new Kept(container, archive, content, protocolMetaData.get(), wanted);
        }
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) throws Exception {
        UnDeployDeployment event = context.getEvent();
        Deployment leaving = event.getDeployment();
        if (kept == null || kept.user != leaving.getDescription() || leaving.hasDeploymentError()) {
            context.proceed();
            return;
        }
        DeployableContainer<?> container = event.getDeployableContainer();
        deployerEvent.fire(new BeforeUnDeploy(container, leaving.getDescription()));
        leaving.undeployed();
        deployerEvent.fire(new AfterUnDeploy(container, leaving.getDescription()));
    }

    public void beforeStop(@Observes BeforeStop event) throws Exception {
        if (kept != null && kept.container == event.getDeployableContainer()) {
            release();
        }
    }

    private void reuse(DeployDeployment event, ProtocolMetaData metaData) {
        DeploymentDescription wanted = event.getDeployment().getDescription();
        description.set(wanted);
        deployment.set(event.getDeployment());
        deployerEvent.fire(new BeforeDeploy(event.getDeployableContainer(), wanted));
        protocolMetaData.set(metaData);
        event.getDeployment().deployed();
        deployerEvent.fire(new AfterDeploy(event.getDeployableContainer(), wanted));
    }

    private void release() throws Exception {
        Kept leaving = kept;
        kept = null;
        leaving.container.undeploy(leaving.archive);
    }

    private static Archive<?> archiveOf(DeploymentDescription description) {
        return description.getTestableArchive() != null ? description.getTestableArchive() : description.getArchive();
    }

    private static void log(String message) {
        System.out.println("[deployment reuse] " + message);
    }

    private record Kept(
            DeployableContainer<?> container,
            Archive<?> archive,
            ArchiveContent content,
            ProtocolMetaData metaData,
            DeploymentDescription user) {

        Kept by(DeploymentDescription next) {
            return new Kept(container, archive, content, metaData, next);
        }
    }
}
