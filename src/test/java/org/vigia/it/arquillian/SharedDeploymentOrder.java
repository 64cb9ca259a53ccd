package org.vigia.it.arquillian;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the integration-test classes (set for Failsafe in the POM with
 * {@code junit.jupiter.testclass.order.default}), so that each archive's server starts once
 * (see {@link SharedDeployments}):
 * <ol>
 *   <li>classes without an Arquillian deployment (FaultToleranceIT starts its own Payara Micro and MariaDB): first,
 *   while no shared server runs beside them;</li>
 *   <li>classes that share a deployed archive, grouped by the archive's name ({@code ROOT.war}, then
 *   {@code vigia.war});</li>
 *   <li>classes that deploy on their own ({@link FreshServer}, {@code managed = false} deployments, several
 *   deployments): last, each starting and stopping its server.</li>
 * </ol>
 * By class name within each group.
 */
public final class SharedDeploymentOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(d -> key(d.getTestClass())));
    }

    static String key(Class<?> test) {
        List<Method> deployments = deploymentMethods(test);
        if (deployments.isEmpty()) {
            return "0 " + test.getName();
        }
        if (test.isAnnotationPresent(FreshServer.class) || deployments.size() != 1) {
            return "2 " + test.getName();
        }
        Method method = deployments.get(0);
        Deployment deployment = method.getAnnotation(Deployment.class);
        if (!deployment.managed() || deployment.testable()) {
            return "2 " + test.getName();
        }
        try {
            method.setAccessible(true);
            Object archive = method.invoke(null);
            return "1 " + ((Archive<?>) archive).getName() + " " + test.getName();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "2 " + test.getName(); // Arquillian reports the failure when it deploys the class
        }
    }

    private static List<Method> deploymentMethods(Class<?> test) {
        List<Method> found = new ArrayList<>();
        for (Class<?> c = test; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Deployment.class) && Modifier.isStatic(m.getModifiers())) {
                    found.add(m);
                }
            }
        }
        return found;
    }
}
