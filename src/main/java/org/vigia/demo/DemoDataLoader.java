package org.vigia.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigia.account.Role;
import org.vigia.terminology.CtcaeDictionary;
import org.vigia.platform.ConfigKeys;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionCatalog;
import org.vigia.terminology.Terminology;

/**
 * Fills an installation with synthetic trials in the background: in demo mode ({@code vigia.demo=true}) once at
 * first start, each study of the definitions' index ({@code config/studies/index.txt}) to its target enrolment
 * ({@code vigia.demo.data=demo}, the default) or the study with the largest planned enrolment at ten times its size
 * ({@code scale}: NCT07264075, 7,800 enrolled); {@code none} turns it off. A study that already
 * has subjects is left alone, so a restart adds nothing. An administrator can also ask for a study to be filled
 * ({@link #request}, the API's {@code POST /api/v1/admin/demo-data}). Progress and the rules' refusals are logged.
 * <p>
 * Subjects are screened and randomised one after the other (the allocation depends on the order, and the seed makes
 * it reproducible); their treatment is then entered by {@code vigia.demo.workers} threads in parallel.
 */
@Startup
@Singleton
@DependsOn("StudyCatalogLoader")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    static final long SEED = 20261121L;

    @Inject
    private Terminology terminology;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO, defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO_DATA, defaultValue = "demo")
    private String size;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO_WORKERS, defaultValue = "2")
    private int workers;

    @Inject
    private StudyService studies;

    @Inject
    private DemoDataService service;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedThreadFactory threads;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Status status = new Status(false, "idle", List.of());
    private volatile boolean stopping;

    /** What the generator is doing, and what it did since start-up. */
    public record Status(boolean running, String progress, List<StudyResult> studies) {
    }

    /** One filled study: screened and enrolled counts, seconds taken, the rules' refusals by reason. */
    public record StudyResult(String registryId, int screened, int enrolled, double seconds, Instant finishedAt,
                              Map<String, Long> refusals) {
    }

    @PostConstruct
    void start() {
        if (!demo || "none".equalsIgnoreCase(size)) {
            return;
        }
        List<String> ids = demoStudies(StudyDefinitionCatalog.loadFromClasspath("studies/", getClass().getClassLoader())
                .definitions(), "scale".equalsIgnoreCase(size));
        int factor = "scale".equalsIgnoreCase(size) ? 10 : 1;
        running.set(true);
        status = new Status(true, "starting", List.of());
        executor.submit(() -> fillAll(ids, factor));
    }

    /**
     * The studies to fill: every study of the definitions' index ({@code config/studies/index.txt}), in its order;
     * at {@code scale} only the one with the largest planned enrolment.
     */
    static List<String> demoStudies(List<StudyDefinition> indexed, boolean scale) {
        if (scale) {
            return indexed.stream().max(java.util.Comparator.comparing(StudyDefinition::targetEnrolment))
                    .map(d -> List.of(d.registryId())).orElse(List.of());
        }
        return indexed.stream().map(StudyDefinition::registryId).toList();
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    /**
     * Fills {@code registryId} with {@code enrolTarget} more enrolled subjects (screened subjects are about 15 % more),
     * in the background. Demo mode only; refused while the generator is running.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void request(String registryId, int enrolTarget) {
        if (!demo) {
            throw new InvalidInput(Text.of(Bundle.MESSAGES, "demo.refused.notDemo"));
        }
        if (enrolTarget < 1 || enrolTarget > 10_000) {
            throw new InvalidInput("subjects", Text.of(Bundle.MESSAGES, "demo.refused.count"));
        }
        Study study = studies.getByRegistryId(registryId);
        if (!running.compareAndSet(false, true)) {
            throw new InvalidInput(Text.of(Bundle.MESSAGES, "demo.refused.running", status.progress()));
        }
        status = new Status(true, registryId + " starting", status.studies());
        executor.submit(() -> {
            try {
                fill(study, enrolTarget, service.subjectCount(study.getId()));
            } finally {
                finish();
            }
        });
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Status status() {
        return status;
    }

    private void fillAll(List<String> registryIds, int factor) {
        try {
            for (String registryId : registryIds) {
                try {
                    Study study = studies.getByRegistryId(registryId);
                    if (service.subjectCount(study.getId()) > 0) {
                        continue;
                    }
                    fill(study, studies.currentDefinition(study.getId()).targetEnrolment() * factor, 0);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Demo data for " + registryId + " stopped", e);
                }
            }
        } finally {
            finish();
        }
    }

    private void finish() {
        status = new Status(false, "done", status.studies());
        running.set(false);
    }

    private void fill(Study study, int enrolTarget, int alreadyScreened) {
        String registryId = study.getRegistryId();
        StudyDefinition def = studies.currentDefinition(study.getId());
        LocalDate dataDate = LocalDate.now();
        SyntheticTrialPlanner planner = new SyntheticTrialPlanner(terminology.ctcae());
        TrialPlan plan = planner.plan(def, SEED + alreadyScreened, enrolTarget,
                dataDate.minusMonths(SyntheticTrialPlanner.accrualMonths(def, enrolTarget)), dataDate,
                service.siteCodes(study.getId()), alreadyScreened);
        DemoRefusals refusals = new DemoRefusals();
        long started = System.nanoTime();
        int n = Math.max(1, workers);
        // a short queue: screening stays a few subjects ahead of the treatment workers
        ExecutorService pool = new ThreadPoolExecutor(n, n, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4 * n),
                threads, new ThreadPoolExecutor.CallerRunsPolicy());
        List<Future<?>> pending = new ArrayList<>();
        int done = 0;
        int enrolled = 0;
        try {
            for (TrialPlan.SubjectPlan subject : plan.subjects()) {
                if (stopping) {
                    LOG.info("Demo data: stopped at " + registryId + " " + done + "/" + plan.subjects().size());
                    return;
                }
                try {
                    DemoDataService.Entered entered = service.screen(registryId, subject, planner, dataDate);
                    if (entered.plan() != null) {
                        enrolled++;
                        pending.add(pool.submit(() -> {
                            try {
                                service.treat(entered.subjectId(), entered.plan(), refusals);
                            } catch (RuntimeException e) {
                                LOG.log(Level.WARNING, "Demo data: treatment of " + subject.screeningNumber() + " of "
                                        + registryId + " not entered: " + e.getMessage());
                            }
                        }));
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Demo data: subject " + subject.screeningNumber() + " of " + registryId
                            + " not entered: " + e.getMessage());
                }
                done++;
                status = new Status(true, registryId + " " + done + "/" + plan.subjects().size(), status.studies());
                if (done % 100 == 0) {
                    LOG.info("Demo data: " + status.progress());
                }
                pending.removeIf(Future::isDone);
            }
            for (Future<?> f : pending) {
                try {
                    f.get();
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Demo data: " + e.getMessage());
                }
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<StudyResult> results = new ArrayList<>(status.studies());
        results.add(new StudyResult(registryId, plan.subjects().size(), enrolled, Math.round(seconds * 10) / 10.0,
                Instant.now(), refusals.byReason()));
        status = new Status(true, registryId + " done", List.copyOf(results));
        LOG.info(String.format("Demo data: %s filled with %d screened subjects (%d enrolled) in %.1f s; refused by the rules: %s",
                registryId, plan.subjects().size(), enrolled, seconds, refusals));
    }
}
