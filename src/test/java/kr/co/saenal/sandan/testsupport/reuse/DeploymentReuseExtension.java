package kr.co.saenal.sandan.testsupport.reuse;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link DeploymentReuse} with Arquillian on the client side (see META-INF/services). */
public class DeploymentReuseExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(DeploymentReuse.class);
    }
}
