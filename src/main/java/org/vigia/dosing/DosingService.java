package org.vigia.dosing;

import org.vigia.subject.VisitAttachmentService;
import org.vigia.subject.VisitProcedures;
import org.vigia.subject.VisitRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.ae.AdverseEventQueries;
import org.vigia.ae.AdverseEventSummary;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.lab.LabResultService;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Text;
import org.vigia.site.SiteService;
import org.vigia.study.StudyDefinitionRegistry;
import org.vigia.study.definition.Administration;
import org.vigia.study.definition.Agent;
import org.vigia.study.definition.Arm;
import org.vigia.study.definition.TreatmentPhase;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectEndDates;
import org.vigia.subject.StudyPeriod;
import org.vigia.subject.StudyPeriods;
import org.vigia.subject.SubjectService;
import org.vigia.subject.SubjectStatus;

/**
 * The treatment administration form: plans each agent's dose from the study definition and the body measurements,
 * recommends continue / hold / discontinue from the dose-modification rules and the subject's open adverse events,
 * gates a cycle on the pre-cycle labs (an investigator may override, audited), and records what was given; a dose
 * departing from the recommendation without a documented reason is logged as a protocol deviation.
 * <pre>{@code
 * DosingSheet sheet = dosing.sheet(subjectId, "INDUCTION", 2, 1, LocalDate.now(), null, null);
 * dosing.record(subjectId, entry);
 * }</pre>
 */
@Stateless
public class DosingService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private VisitAttachmentService visitRecords;
    @Inject
    private org.vigia.subject.PregnancyTests pregnancyTests;
    @Inject
    private SubjectService subjects;
    @Inject
    private StudyDefinitionRegistry definitions;
    @Inject
    private AccessGuard access;
    @Inject
    private AuditService audit;
    @Inject
    private AdverseEventQueries adverseEvents;
    @Inject
    private LabResultService labs;
    @Inject
    private BodyMeasurementsSource measurements;

    @Inject
    private SiteService sites;
    @Inject
    private SubjectEndDates endDates;
    @Inject
    private StudyPeriods periods;

    /** The dosing definition the subject's data is entered under. */
    public DosingDefinition definitionOf(Subject subject) {
        return DosingDefinition.of(definitions.definition(subject.getStudyId(), subject.getDefinitionVersion()));
    }

    /** The phases of the subject's arm (empty before enrolment). */
    public List<TreatmentPhase> phases(Long subjectId) {
        Subject s = subjects.get(subjectId);
        if (s.getArmId() == null) {
            return List.of();
        }
        return definitionOf(s).study().findArm(s.getArmId()).map(Arm::phases).orElse(List.of());
    }

    /**
     * The names of the agents of the subject's study definition, by agent id (in file order), for screens that list
     * administrations by agent id.
     * <pre>{@code String name = dosing.agentNames(subjectId).getOrDefault(a.getAgentId(), a.getAgentId());}</pre>
     */
    public Map<String, String> agentNames(Long subjectId) {
        Map<String, String> names = new LinkedHashMap<>();
        definitionOf(subjects.get(subjectId)).study().agents().forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    /**
     * The form for one day: every agent the subject's arm gives on {@code day} of {@code phaseId}.
     *
     * @param heightCm height to use, or null for the latest known
     * @param weightKg weight to use, or null for the latest known
     */
    public DosingSheet sheet(Long subjectId, String phaseId, int cycle, int day, LocalDate on, BigDecimal heightCm,
                             BigDecimal weightKg) {
        Subject subject = subjects.get(subjectId);
        DosingDefinition definition = definitionOf(subject);
        TreatmentPhase phase = phase(subject, definition, phaseId);
        LocalDate date = on == null ? LocalDate.now() : on;
        Optional<BodyMeasurementsSource.Measured> known = measurements.latest(subjectId, date);
        BigDecimal height = heightCm != null ? heightCm : known.map(BodyMeasurementsSource.Measured::heightCm).orElse(null);
        BigDecimal weight = weightKg != null ? weightKg : known.map(BodyMeasurementsSource.Measured::weightKg).orElse(null);
        String source = heightCm != null || weightKg != null ? "entered"
                : known.map(BodyMeasurementsSource.Measured::source).orElse(null);
        List<AdverseEventSummary> open = adverseEvents.ongoing(subjectId);
        List<AdverseEventSummary> all = adverseEvents.all(subjectId);
        List<AgentPlan> plans = new ArrayList<>();
        for (Administration adm : phase.administrations()) {
            if (!adm.dosingDays().contains(day)) {
                continue;
            }
            Agent agent = definition.study().getAgent(adm.agent());
            plans.add(plan(subject, definition, adm, agent, day, date, height, weight, open, all));
        }
        CycleSchedule.Window window = schedule(subject, definition).window(phase.id(), cycle).orElse(null);
        return new DosingSheet(subjectId, subject.label(), subject.getArmId(), phase.id(), cycle, day, date, height,
                weight, source, plans, window);
    }

    /** Records one agent's line of the form; see the class comment for the checks. */
    public TreatmentAdministration record(Long subjectId, AdministrationEntry e) {
        Subject subject = subjects.get(subjectId);
        requireRole(subject);
        AdministrationChecks.requireEntry(e, sites.today(subject.getSiteId()), Instant.now());
        requireBeforeTreatmentStop(subjectId, e.on());
        requireOnTreatment(subject);
        requireInStudyTime(subject, e.on());
        DosingDefinition definition = definitionOf(subject);
        TreatmentPhase phase = phase(subject, definition, e.phase());
        Agent agent = definition.findAgent(e.agent())
                .orElseThrow(() -> new InvalidInput("agent", text("dose.refused.unknownAgent", e.agent())));
        Administration adm = AdministrationChecks.administration(phase, agent, e);
        requireNotGivenYet(subjectId, agent, phase, e);
        if (e.status() == TreatmentAdministration.Status.GIVEN) {
            requirePregnancyTest(subject, definition.study(), e.on());
        }
        CycleSchedule.Verdict verdict = CycleSchedule.Verdict.ON_TIME;
        if (e.status() == TreatmentAdministration.Status.GIVEN) {
            List<TreatmentAdministration> lines = linesOf(subjectId);
            AdministrationChecks.requireAfterDayOne(adm, agent, phase, e, lines);
            verdict = schedule(subject, definition, lines).judge(phase.id(), e.cycle(), e.day(), e.on());
            if (verdict.isDeviation() && blank(e.scheduleDeviationReason())) {
                throw new InvalidInput("on", verdict.text());
            }
        }
        Optional<BodyMeasurementsSource.Measured> known = e.heightCm() != null && e.weightKg() != null ? Optional.empty()
                : measurements.latest(subjectId, e.on());
        BigDecimal height = e.heightCm() != null ? e.heightCm() : known.map(BodyMeasurementsSource.Measured::heightCm).orElse(null);
        BigDecimal weight = e.weightKg() != null ? e.weightKg() : known.map(BodyMeasurementsSource.Measured::weightKg).orElse(null);
        AgentPlan plan = plan(subject, definition, adm, agent, e.day(), e.on(), height, weight,
                adverseEvents.ongoing(subjectId), adverseEvents.all(subjectId));
        String who = access.caller();
        TreatmentAdministration line = e.status() == TreatmentAdministration.Status.GIVEN
                ? given(subject, definition, agent, plan, e, height, weight, who, verdict)
                : notGiven(subject, agent, phase, plan, e, who);
        auditRecorded(subject, agent, phase, e, line);
        visitRecords.attach(subjectId, VisitRecord.of("TreatmentAdministration", line.getId(), VisitProcedures.DOSING, e.on()).cycle(phase.id(), e.cycle()));
        return line;
    }

    /**
     * A woman's first study treatment (no dose given nor fraction delivered before that day) in a study whose definition
     * asks for it ({@code dosing.pregnancyTestWithinDays}, NCT06494995: "a negative urine or serum pregnancy test
     * result within ≤7 days before treatment") needs a complete pregnancy-test record ({@link
     * org.vigia.subject.PregnancyTests}) that says she is not of childbearing potential, or a negative test dated at
     * most that many days before the treatment and not after it. Refusals name the field {@code on}.
     */
    public void requirePregnancyTest(Subject subject, org.vigia.study.definition.StudyDefinition study, LocalDate on) {
        Integer days = study.dosing() == null ? null : study.dosing().pregnancyTestWithinDays();
        if (days == null || on == null || subject.getSex() != org.vigia.shared.clinical.Sex.FEMALE
                || treatedBefore(subject.getId(), on)) {
            return;
        }
        org.vigia.subject.PregnancyTests.Test test = pregnancyTests.latest(subject.getId()).orElseThrow(() ->
                new InvalidInput("on", text("dose.refused.pregnancyTestMissing", subject.label(), days)));
        if (!test.childbearingPotential()) {
            return;
        }
        if (!"NEGATIVE".equals(test.result())) {
            throw new InvalidInput("on", text("dose.refused.pregnancyTestNotNegative", subject.label(), test.on()));
        }
        if (test.on().isAfter(on) || test.on().isBefore(on.minusDays(days))) {
            throw new InvalidInput("on", text("dose.refused.pregnancyTestOutOfWindow", test.on(), on, days));
        }
    }

    /** Whether the subject had a dose given or a fraction delivered before {@code day}. */
    private boolean treatedBefore(Long subjectId, LocalDate day) {
        return !em.createQuery("select a.id from TreatmentAdministration a where a.subjectId = :s and a.status = :g"
                        + " and a.administeredOn < :d", Long.class).setParameter("s", subjectId)
                .setParameter("g", TreatmentAdministration.Status.GIVEN).setParameter("d", day).setMaxResults(1)
                .getResultList().isEmpty()
                || !em.createQuery("select f.id from DeliveredFraction f where f.subjectId = :s and f.deliveredOn < :d",
                        Long.class).setParameter("s", subjectId).setParameter("d", day).setMaxResults(1)
                .getResultList().isEmpty();
    }

    private void requireRole(Subject subject) {
        access.requireRoleAt(subject.getStudyId(), subject.getSiteId(), "subject " + subject.label(),
                Role.SITE_COORDINATOR, Role.INVESTIGATOR, Role.ADMIN);
    }

    /** Nothing of study treatment after discontinuation or death ({@link SubjectEndDates.Ends#treatmentStop()}). */
    private void requireBeforeTreatmentStop(Long subjectId, LocalDate on) {
        Optional<LocalDate> stop = endDates.of(subjectId).treatmentStop();
        if (stop.isPresent() && on.isAfter(stop.get())) {
            throw new InvalidInput("on", text("dose.refused.afterTreatmentStop", on, stop.get()));
        }
    }

    /**
     * Study treatment is given in the subject's time in the study ({@link StudyPeriod}: not before consent, not
     * after death, not in the future) and not before enrolment, which allocates it (issue 15).
     */
    private void requireInStudyTime(Subject subject, LocalDate on) {
        periods.of(subject).require(StudyPeriod.Kind.TREATMENT, "on", on);
    }

    private void requireOnTreatment(Subject subject) {
        if (subject.getStatus() != SubjectStatus.ENROLLED && subject.getStatus() != SubjectStatus.ON_TREATMENT) {
            throw new InvalidInput(text("dose.refused.notOnTreatment", subject.label(), subject.getStatus()));
        }
    }

    private void requireNotGivenYet(Long subjectId, Agent agent, TreatmentPhase phase, AdministrationEntry e) {
        boolean alreadyGiven = !em.createQuery("select a.id from TreatmentAdministration a where a.subjectId = :s and a.agentId = :ag"
                        + " and a.phaseId = :p and a.cycle = :c and a.day = :d and a.status = :given", Long.class)
                .setParameter("s", subjectId).setParameter("ag", agent.id()).setParameter("p", phase.id())
                .setParameter("c", e.cycle()).setParameter("d", e.day()).setParameter("given", TreatmentAdministration.Status.GIVEN)
                .getResultList().isEmpty();
        if (alreadyGiven) {
            throw new InvalidInput("cycle", text("dose.refused.alreadyGiven", agent.name(), e.day(), e.cycle()));
        }
    }

    private TreatmentAdministration notGiven(Subject subject, Agent agent, TreatmentPhase phase, AgentPlan plan,
                                             AdministrationEntry e, String who) {
        if (e.notGivenReason() == null || e.notGivenReason().isBlank()) {
            throw new InvalidInput("notGivenReason", text("dose.required.notGivenReason"));
        }
        TreatmentAdministration line = new TreatmentAdministration(subject.getId(), agent.id(), phase.id(), e.cycle(),
                e.day(), e.on(), e.status(), plan.recommendedPercent(), plan.decision(), plan.recommendation(), who);
        line.notGiven(e.notGivenReason().trim());
        em.persist(line);
        em.flush();
        return line;
    }

    /** The audit of the recorded line, and the subject's move to "on treatment" at the first dose given. */
    private void auditRecorded(Subject subject, Agent agent, TreatmentPhase phase, AdministrationEntry e,
                               TreatmentAdministration line) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("agent", agent.id());
        fields.put("phase", phase.id());
        fields.put("cycle", e.cycle());
        fields.put("day", e.day());
        fields.put("on", e.on());
        fields.put("status", line.getStatus());
        fields.put("dosePercent", line.getDosePercent());
        fields.put("plannedMg", line.getPlannedMg());
        fields.put("administeredMg", line.getAdministeredMg());
        fields.put("recommendation", line.getRecommendation());
        fields.put("reason", line.getStatus() == TreatmentAdministration.Status.GIVEN ? line.getDepartureReason()
                : line.getNotGivenReason());
        if (line.getCycleTargetOn() != null) {
            fields.put("cycleTargetOn", line.getCycleTargetOn());
        }
        if (line.getDelayDays() != null) {
            fields.put("delayDays", line.getDelayDays());
            fields.put("delayReason", line.getDelayReason());
        }
        audit.recordAll(AuditEntry.of("CREATE", "TreatmentAdministration", line.getId())
                .scope(subject.getStudyId(), subject.getSiteId(), subject.label()).changes(Map.of(), fields));
        if (line.getStatus() == TreatmentAdministration.Status.GIVEN && subject.getStatus() == SubjectStatus.ENROLLED) {
            subject.moveTo(SubjectStatus.ON_TREATMENT);
            audit.record(AuditEntry.of("UPDATE", "Subject", subject.getId())
                    .scope(subject.getStudyId(), subject.getSiteId(), subject.label())
                    .field("status", SubjectStatus.ENROLLED, SubjectStatus.ON_TREATMENT).reason("first dose"));
        }
    }

    private TreatmentAdministration given(Subject subject, DosingDefinition definition, Agent agent, AgentPlan plan,
                                          AdministrationEntry e, BigDecimal height, BigDecimal weight, String who,
                                          CycleSchedule.Verdict verdict) {
        BigDecimal percent = e.dosePercent() != null ? e.dosePercent() : plan.recommendedPercent();
        AdministrationChecks.requireGiven(plan, e, percent, height, weight);
        Long subjectId = subject.getId();
        TreatmentAdministration line = new TreatmentAdministration(subjectId, agent.id(), e.phase(), e.cycle(), e.day(),
                e.on(), TreatmentAdministration.Status.GIVEN, percent, plan.decision(), plan.recommendation(), who);
        PlannedDose planned = definition.doseCalculator().plannedDose(agent, plan.dosingDays(), percent,
                bodyMeasurements(subjectId, height, weight));
        String reason = e.departureReason() == null || e.departureReason().isBlank() ? null : e.departureReason().trim();
        line.given(planned, e.administeredMg(), height, weight, reason);
        if (e.infusionStart() != null) {
            InfusionCheck check = definition.infusionWindow(agent)
                    .map(w -> w.check(e.infusionStart().atOffset(ZoneOffset.UTC).toLocalDateTime(),
                            e.infusionStop().atOffset(ZoneOffset.UTC).toLocalDateTime()))
                    .orElse(null);
            line.infusion(e.infusionStart(), e.infusionStop(), check);
        }
        if (plan.gated()) {
            gate(subject, plan, e, line);
        }
        Optional<ProtocolDeviation> deviation = definition.doseDeviationRules().check(plan.recommendation(),
                new AdministeredDose(agent.id(), e.on(), e.administeredMg(), reason));
        if (deviation.isPresent() && !e.acceptDeviation()) {
            throw new InvalidInput("departureReason", text("dose.refused.deviation", deviation.get().description()));
        }
        if (verdict.window() != null) {
            line.startsCycle(verdict.window().target(), verdict.daysLate(),
                    blank(e.delayReason()) ? null : e.delayReason().trim());
        }
        em.persist(line);
        em.flush();
        if (verdict.isDeviation()) {
            logScheduleDeviation(subject, line, verdict, e.scheduleDeviationReason().trim(), who);
        }
        if (line.getGate() == TreatmentAdministration.Gate.OVERRIDDEN) {
            audit.record(AuditEntry.of("OVERRIDE_PRE_CYCLE_GATE", "TreatmentAdministration", line.getId())
                    .scope(subject.getStudyId(), subject.getSiteId(), subject.label())
                    .field("failures", null, String.join("; ", plan.gate().failures().stream().map(PreCycleFailure::message).toList()))
                    .reason(line.getGateOverrideReason()));
        }
        deviation.ifPresent(d -> logDeviation(subject, line, d, who));
        return line;
    }

    /** Passes the pre-cycle lab gate, or records an investigator's override; refuses a delayed cycle otherwise. */
    private void gate(Subject subject, AgentPlan plan, AdministrationEntry e, TreatmentAdministration line) {
        if (plan.gate().go()) {
            line.gate(TreatmentAdministration.Gate.GO, null);
        } else if (e.gateOverrideReason() == null || e.gateOverrideReason().isBlank()) {
            throw new InvalidInput("labs", text("dose.refused.gate", e.cycle(),
                    plan.gate().failures().stream().map(PreCycleFailure::text).toList()));
        } else if (!access.holds(subject.getStudyId(), subject.getSiteId(), Role.INVESTIGATOR)) {
            throw new InvalidInput("gateOverrideReason", text("dose.refused.gateOverride"));
        } else {
            line.gate(TreatmentAdministration.Gate.OVERRIDDEN, e.gateOverrideReason().trim());
        }
    }

    private void logDeviation(Subject subject, TreatmentAdministration line, ProtocolDeviation d, String who) {
        DeviationLogEntry entry = new DeviationLogEntry(subject.getStudyId(), subject.getSiteId(), subject.label(),
                line, d, who);
        em.persist(entry);
        em.flush();
        audit.record(AuditEntry.of("CREATE", "DeviationLogEntry", entry.getId())
                .scope(subject.getStudyId(), subject.getSiteId(), subject.label())
                .field("description", null, d.description()));
    }

    /** A cycle started before its window, or a phase outside its start window, recorded on purpose with a reason. */
    private void logScheduleDeviation(Subject subject, TreatmentAdministration line, CycleSchedule.Verdict verdict,
                                      String reason, String who) {
        CycleSchedule.Window w = verdict.window();
        LocalDate start = line.getAdministeredOn().minusDays(line.getDay() - 1L);
        String phaseName = definitionOf(subject).study().getArm(subject.getArmId()).findPhase(line.getPhaseId())
                .map(TreatmentPhase::name).orElse(line.getPhaseId());
        boolean early = verdict.outcome() == CycleSchedule.Outcome.TOO_EARLY;
        Text description = early
                ? text("dose.deviation.cycleTooEarly", line.getCycle(), phaseName, start, w.earliest(), w.previousCycle(),
                        w.from())
                : text("dose.deviation.phaseWindow", phaseName, start, w.earliest(), w.latest() == null ? "—" : w.latest());
        DeviationLogEntry entry = DeviationLogEntry.schedule(subject.getStudyId(), subject.getSiteId(), subject.label(),
                line, early ? ProtocolDeviation.Kind.CYCLE_TOO_EARLY : ProtocolDeviation.Kind.PHASE_START_OUT_OF_WINDOW,
                description, reason, who);
        em.persist(entry);
        em.flush();
        audit.record(AuditEntry.of("CREATE", "DeviationLogEntry", entry.getId())
                .scope(subject.getStudyId(), subject.getSiteId(), subject.label())
                .field("description", null, description.english()).reason(reason));
    }

    /** The subject's time line: doses given and, for phases of radiotherapy only, the first fraction of each. */
    private CycleSchedule schedule(Subject subject, DosingDefinition definition) {
        return schedule(subject, definition, linesOf(subject.getId()));
    }

    private CycleSchedule schedule(Subject subject, DosingDefinition definition, List<TreatmentAdministration> lines) {
        List<CycleSchedule.GivenDay> days = new ArrayList<>();
        lines.stream().filter(a -> a.getStatus() == TreatmentAdministration.Status.GIVEN)
                .forEach(a -> days.add(new CycleSchedule.GivenDay(a.getPhaseId(), a.getCycle(), a.getDay(),
                        a.getAdministeredOn())));
        for (TreatmentPhase p : definition.study().getArm(subject.getArmId()).phases()) {
            if (p.administrations().isEmpty() && !p.radiotherapyCourses().isEmpty()) {
                em.createQuery("select min(f.deliveredOn) from DeliveredFraction f where f.subjectId = :s"
                                + " and f.courseId in :c", LocalDate.class)
                        .setParameter("s", subject.getId()).setParameter("c", p.radiotherapyCourses())
                        .getResultStream().filter(java.util.Objects::nonNull).findFirst()
                        .ifPresent(d -> days.add(new CycleSchedule.GivenDay(p.id(), 1, 1, d)));
            }
        }
        return new CycleSchedule(definition.study(), subject.getArmId(), subject.getEnrolledOn(), days);
    }

    private List<TreatmentAdministration> linesOf(Long subjectId) {
        return em.createQuery("select a from TreatmentAdministration a where a.subjectId = :s"
                + " order by a.administeredOn, a.id", TreatmentAdministration.class).setParameter("s", subjectId).getResultList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private AgentPlan plan(Subject subject, DosingDefinition definition, Administration adm, Agent agent, int day,
                           LocalDate on, BigDecimal height, BigDecimal weight, List<AdverseEventSummary> open,
                           List<AdverseEventSummary> all) {
        return new AgentPlanner(definition).plan(agent, adm, day, on, DoseHistory.of(history(subject.getId(), agent.id())),
                open, all, bodyMeasurements(subject.getId(), height, weight), () -> labsOn(subject.getId(), on));
    }

    /** The subject's lab results as the pre-cycle gate reads them: the latest of each test on or before the date. */
    private List<LabResult> labsOn(Long subjectId, LocalDate on) {
        return labs.latestOnOrBefore(subjectId, on).values().stream()
                .map(l -> new LabResult(l.test().name(), l.value(), l.unit(), l.uln(), l.collectedOn()))
                .toList();
    }

    private BodyMeasurements bodyMeasurements(Long subjectId, BigDecimal height, BigDecimal weight) {
        Optional<BsaBasis> last = em.createQuery("select a from TreatmentAdministration a where a.subjectId = :s"
                        + " and a.bsaM2 is not null order by a.administeredOn desc, a.id desc", TreatmentAdministration.class)
                .setParameter("s", subjectId).setMaxResults(1).getResultStream().findFirst()
                .map(a -> new BsaBasis(a.getBsaM2(), a.getBsaHeightCm(), a.getBsaWeightKg(),
                        org.vigia.shared.clinical.BodySurfaceAreaFormula.valueOf(a.getBsaFormula())));
        return new BodyMeasurements(height, weight, last.orElse(null));
    }

    private TreatmentPhase phase(Subject subject, DosingDefinition definition, String phaseId) {
        if (subject.getArmId() == null) {
            throw new InvalidInput(text("dose.refused.noArm", subject.label()));
        }
        Arm arm = definition.study().getArm(subject.getArmId());
        return arm.findPhase(phaseId).orElseThrow(() -> new InvalidInput("phase", text("dose.refused.unknownPhase",
                phaseId, arm.id(), String.valueOf(arm.phases().stream().map(TreatmentPhase::id).toList()))));
    }

    /** Every line recorded for the subject, in order. */
    public List<TreatmentAdministration> administrations(Long subjectId) {
        subjects.get(subjectId);
        return em.createQuery("select a from TreatmentAdministration a where a.subjectId = :s"
                + " order by a.administeredOn, a.id", TreatmentAdministration.class).setParameter("s", subjectId).getResultList();
    }

    private List<TreatmentAdministration> history(Long subjectId, String agentId) {
        return em.createQuery("select a from TreatmentAdministration a where a.subjectId = :s and a.agentId = :ag"
                        + " order by a.administeredOn, a.id", TreatmentAdministration.class)
                .setParameter("s", subjectId).setParameter("ag", agentId).getResultList();
    }

    private static Text text(String key, Object... args) {
        return AdministrationChecks.text(key, args);
    }
}
