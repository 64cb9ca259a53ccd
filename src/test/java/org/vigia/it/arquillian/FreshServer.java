package org.vigia.it.arquillian;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration-test class that needs a server of its own: its managed deployment is deployed before the class
 * and undeployed after it, as Arquillian does without {@link SharedDeploymentExtension} (a Payara Micro started and
 * stopped for the class alone). For a class that checks what happens at start-up or that leaves the server in a
 * state no other class may see; say why in the class's Javadoc.
 * <pre>{@code
 * @FreshServer // checks the first start-up of an empty installation
 * @ExtendWith(ArquillianExtension.class)
 * class FirstStartIT { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FreshServer {
}
