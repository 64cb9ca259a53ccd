package org.vigia.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigia.ae.CtcaeDictionary;
import org.vigia.platform.ConfigKeys;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.StudyDefinition;

/**
 * Fills a new installation with synthetic trials in the background, once: in demo mode ({@code vigia.demo=true})
 * each of the four trials to its target enrolment ({@code vigia.demo.data=demo}, the default), or NCT07264075 at ten
 * times its size ({@code scale}: 7,800 subjects); {@code none} turns it off. A study that already has subjects is
 * left alone, so a restart adds nothing. Progress is logged.
 */
@Startup
@Singleton
@DependsOn("StudyCatalogLoader")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final long SEED = 20261121L;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO, defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO_DATA, defaultValue = "demo")
    private String size;

    @Inject
    private StudyService studies;

    @Inject
    private DemoDataService service;

    @Resource
    private ManagedExecutorService executor;

    private volatile String progress = "idle";

    @PostConstruct
    void start() {
        if (!demo || "none".equalsIgnoreCase(size)) {
            return;
        }
        List<String> ids = "scale".equalsIgnoreCase(size) ? List.of("NCT07264075")
                : List.of("NCT07041788", "NCT06494995", "NCT07277764", "NCT07264075");
        int factor = "scale".equalsIgnoreCase(size) ? 10 : 1;
        executor.submit(() -> fill(ids, factor));
    }

    private void fill(List<String> registryIds, int factor) {
        CtcaeDictionary dictionary = CtcaeDictionary.load();
        LocalDate dataDate = LocalDate.now();
        for (String registryId : registryIds) {
            try {
                Study study = studies.getByRegistryId(registryId);
                if (service.hasSubjects(study.getId())) {
                    continue;
                }
                StudyDefinition def = studies.currentDefinition(study.getId());
                int target = def.targetEnrolment() * factor;
                TrialPlan plan = new SyntheticTrialPlanner(dictionary).plan(def, SEED, target,
                        dataDate.minusMonths(SyntheticTrialPlanner.accrualMonths(def, target)), dataDate,
                        service.siteCodes(study.getId()));
                long started = System.nanoTime();
                int done = 0;
                for (TrialPlan.SubjectPlan subject : plan.subjects()) {
                    try {
                        service.enter(registryId, subject);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Demo data: subject " + subject.screeningNumber() + " of " + registryId
                                + " not entered: " + e.getMessage());
                    }
                    done++;
                    progress = registryId + " " + done + "/" + plan.subjects().size();
                    if (done % 100 == 0) {
                        LOG.info("Demo data: " + progress);
                    }
                }
                LOG.info(String.format("Demo data: %s filled with %d screened subjects in %.1f s", registryId,
                        plan.subjects().size(), (System.nanoTime() - started) / 1e9));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo data for " + registryId + " stopped", e);
            }
        }
        progress = "done";
    }

    public String progress() {
        return progress;
    }
}
