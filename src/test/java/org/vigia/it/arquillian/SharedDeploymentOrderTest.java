package org.vigia.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The class order of the integration tests: own processes first, then each archive's classes together, then the rest. */
class SharedDeploymentOrderTest {

    static class NoArquillian {
    }

    static class RootOne {
        @Deployment(testable = false)
        static WebArchive deployment() {
            return ShrinkWrap.create(WebArchive.class, "ROOT.war");
        }
    }

    static class VigiaOne {
        @Deployment(testable = false)
        static WebArchive deployment() {
            return ShrinkWrap.create(WebArchive.class, "vigia.war");
        }
    }

    static class VigiaTwo {
        @Deployment(testable = false)
        static WebArchive deployment() {
            return ShrinkWrap.create(WebArchive.class, "vigia.war");
        }
    }

    @FreshServer
    static class VigiaFresh {
        @Deployment(testable = false)
        static WebArchive deployment() {
            return ShrinkWrap.create(WebArchive.class, "vigia.war");
        }
    }

    static class VigiaUnmanaged {
        @Deployment(name = "vigia", managed = false, testable = false)
        static WebArchive deployment() {
            return ShrinkWrap.create(WebArchive.class, "vigia.war");
        }
    }

    static class VigiaTestable {
        @Deployment
        static WebArchive deployment() {
            return ShrinkWrap.create(WebArchive.class, "vigia.war");
        }
    }

    static class Broken {
        @Deployment(testable = false)
        static WebArchive deployment() {
            throw new IllegalStateException("no WAR built");
        }
    }

    @Test
    void eachArchiveRunsTogetherBetweenOwnProcessesAndOwnServers() {
        List<Class<?>> classes = new ArrayList<>(List.of(VigiaUnmanaged.class, VigiaTwo.class, Broken.class,
                VigiaFresh.class, RootOne.class, NoArquillian.class, VigiaTestable.class, VigiaOne.class));
        classes.sort(Comparator.comparing(SharedDeploymentOrder::key));
        assertEquals(List.of(NoArquillian.class, RootOne.class, VigiaOne.class, VigiaTwo.class, Broken.class,
                VigiaFresh.class, VigiaTestable.class, VigiaUnmanaged.class), classes);
    }

    @Test
    void theKeyNamesTheArchive() {
        assertEquals("1 vigia.war " + VigiaOne.class.getName(), SharedDeploymentOrder.key(VigiaOne.class));
        assertEquals("0 " + NoArquillian.class.getName(), SharedDeploymentOrder.key(NoArquillian.class));
        assertEquals("2 " + VigiaFresh.class.getName(), SharedDeploymentOrder.key(VigiaFresh.class));
    }
}
