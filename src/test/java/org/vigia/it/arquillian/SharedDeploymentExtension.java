package org.vigia.it.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Registers {@link SharedDeployments} with Arquillian (listed in
 * {@code src/test/resources/META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}): the integration-test
 * classes that deploy the same archive share one deployed Payara Micro instead of starting one each.
 */
public final class SharedDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeployments.class);
    }
}
