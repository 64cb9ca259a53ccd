package org.vigia.dosing;

import org.vigia.site.SiteService;
import java.time.Instant;
import org.vigia.shared.SiteToday;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
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
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.study.StudyDefinitionRegistry;
import org.vigia.study.definition.Administration;
import org.vigia.study.definition.Agent;
import org.vigia.study.definition.Arm;
import org.vigia.study.definition.DoseBasis;
import org.vigia.study.definition.TreatmentPhase;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;
import org.vigia.subject.SubjectStatus;
import org.vigia.study.definition.PreCycleLabCriteria;
import org.vigia.study.definition.DoseAction;

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

    private static final BigDecimal FULL = new BigDecimal("100");

    @PersistenceContext
    private EntityManager em;
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
            plans.add(plan(subject, definition, phase, adm, agent, cycle, day, date, height, weight, open, all));
        }
        return new DosingSheet(subjectId, subject.label(), subject.getArmId(), phase.id(), cycle, day, date, height,
                weight, source, plans);
    }

    /** Records one agent's line of the form; see the class comment for the checks. */
    public TreatmentAdministration record(Long subjectId, AdministrationEntry e) {
        Subject subject = subjects.get(subjectId);
        access.requireRoleAt(subject.getStudyId(), subject.getSiteId(), "subject " + subject.label(),
                Role.SITE_COORDINATOR, Role.INVESTIGATOR, Role.ADMIN);
        if (subject.getStatus() != SubjectStatus.ENROLLED && subject.getStatus() != SubjectStatus.ON_TREATMENT) {
            throw new InvalidInput("Treatment can only be recorded for an enrolled subject on treatment; "
                    + subject.label() + " is " + subject.getStatus() + ".");
        }
        SiteToday today = sites.today(subject.getSiteId());
        Instant soon = Instant.now().plusSeconds(60);
        new FieldErrors()
                .require(e.agent() != null && !e.agent().isBlank(), "agent", "Choose the agent.")
                .require(e.phase() != null && !e.phase().isBlank(), "phase", "Choose the treatment phase.")
                .require(e.cycle() != null && e.cycle() >= 1, "cycle", "The cycle is a number from 1.")
                .require(e.day() != null && e.day() >= 1, "day", "The day is a number from 1.")
                .require(e.on() != null, "on", "The administration date is required.")
                .require(today.allows(e.on()), "on", today.future("on", e.on()))
                .require(e.infusionStart() == null || !e.infusionStart().isAfter(soon), "infusionStart",
                        "'infusionStart' (" + e.infusionStart() + ") is in the future.")
                .require(e.infusionStop() == null || !e.infusionStop().isAfter(soon), "infusionStop",
                        "'infusionStop' (" + e.infusionStop() + ") is in the future.")
                .require(e.status() != null, "status", "Say whether the agent was given.")
                .throwIfAny();
        DosingDefinition definition = definitionOf(subject);
        TreatmentPhase phase = phase(subject, definition, e.phase());
        Agent agent = definition.findAgent(e.agent())
                .orElseThrow(() -> new InvalidInput("agent", "Agent '" + e.agent() + "' is not in the study definition."));
        Administration adm = phase.administrations().stream().filter(a -> a.agent().equals(agent.id())).findFirst()
                .orElseThrow(() -> new InvalidInput("agent", agent.name() + " is not given in phase " + phase.name() + "."));
        if (!adm.dosingDays().contains(e.day())) {
            throw new InvalidInput("day", agent.name() + " is given on days " + adm.days() + " of " + phase.name() + ".");
        }
        if (phase.cycles() != null && e.cycle() > phase.cycles()) {
            throw new InvalidInput("cycle", phase.name() + " has " + phase.cycles() + " cycles.");
        }
        boolean alreadyGiven = !em.createQuery("select a.id from TreatmentAdministration a where a.subjectId = :s and a.agentId = :ag"
                        + " and a.phaseId = :p and a.cycle = :c and a.day = :d and a.status = :given", Long.class)
                .setParameter("s", subjectId).setParameter("ag", agent.id()).setParameter("p", phase.id())
                .setParameter("c", e.cycle()).setParameter("d", e.day()).setParameter("given", TreatmentAdministration.Status.GIVEN)
                .getResultList().isEmpty();
        if (alreadyGiven) {
            throw new InvalidInput("cycle", agent.name() + " is already recorded as given on day " + e.day() + " of cycle "
                    + e.cycle() + ".");
        }
        Optional<BodyMeasurementsSource.Measured> known = e.heightCm() != null && e.weightKg() != null ? Optional.empty()
                : measurements.latest(subjectId, e.on());
        BigDecimal height = e.heightCm() != null ? e.heightCm() : known.map(BodyMeasurementsSource.Measured::heightCm).orElse(null);
        BigDecimal weight = e.weightKg() != null ? e.weightKg() : known.map(BodyMeasurementsSource.Measured::weightKg).orElse(null);
        AgentPlan plan = plan(subject, definition, phase, adm, agent, e.cycle(), e.day(), e.on(), height, weight,
                adverseEvents.ongoing(subjectId), adverseEvents.all(subjectId));
        String who = access.caller();
        TreatmentAdministration line;
        if (e.status() == TreatmentAdministration.Status.GIVEN) {
            line = given(subject, definition, agent, plan, e, height, weight, who);
        } else {
            if (e.notGivenReason() == null || e.notGivenReason().isBlank()) {
                throw new InvalidInput("notGivenReason", "Give the reason the agent was not given.");
            }
            line = new TreatmentAdministration(subjectId, agent.id(), phase.id(), e.cycle(), e.day(), e.on(), e.status(),
                    plan.recommendedPercent(), plan.decision(), plan.recommendation(), who);
            line.notGiven(e.notGivenReason().trim());
            em.persist(line);
            em.flush();
        }
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
        audit.recordAll(AuditEntry.of("CREATE", "TreatmentAdministration", line.getId())
                .scope(subject.getStudyId(), subject.getSiteId(), subject.label()).changes(Map.of(), fields));
        if (line.getStatus() == TreatmentAdministration.Status.GIVEN && subject.getStatus() == SubjectStatus.ENROLLED) {
            subject.moveTo(SubjectStatus.ON_TREATMENT);
            audit.record(AuditEntry.of("UPDATE", "Subject", subject.getId())
                    .scope(subject.getStudyId(), subject.getSiteId(), subject.label())
                    .field("status", SubjectStatus.ENROLLED, SubjectStatus.ON_TREATMENT).reason("first dose"));
        }
        return line;
    }

    private TreatmentAdministration given(Subject subject, DosingDefinition definition, Agent agent, AgentPlan plan,
                                          AdministrationEntry e, BigDecimal height, BigDecimal weight, String who) {
        FieldErrors errors = new FieldErrors();
        if (plan.planned() == null) {
            errors.require(height != null && height.signum() > 0 || agent.doseBasis() != DoseBasis.MG_PER_M2, "heightCm",
                    "Enter the height: " + agent.name() + " is dosed per m².");
            errors.require(weight != null && weight.signum() > 0, "weightKg", "Enter the weight: " + plan.plannedProblem());
        }
        errors.require(e.administeredMg() != null && e.administeredMg().signum() > 0, "administeredMg",
                "Enter the dose given in mg.");
        BigDecimal percent = e.dosePercent() != null ? e.dosePercent() : plan.recommendedPercent();
        errors.require(percent.signum() > 0 && percent.compareTo(new BigDecimal("200")) <= 0, "dosePercent",
                "The dose level is a percent of the full dose above 0.");
        errors.require((e.infusionStart() == null) == (e.infusionStop() == null), "infusionStop",
                "Give both the infusion start and stop, or neither.");
        errors.require(e.infusionStart() == null || e.infusionStop() == null || !e.infusionStop().isBefore(e.infusionStart()),
                "infusionStop", "The infusion stop is before its start.");
        errors.throwIfAny();
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
            if (plan.gate().go()) {
                line.gate(TreatmentAdministration.Gate.GO, null);
            } else if (e.gateOverrideReason() == null || e.gateOverrideReason().isBlank()) {
                throw new InvalidInput("labs", "Cycle " + e.cycle() + " is delayed: " + String.join("; ",
                        plan.gate().failures().stream().map(PreCycleFailure::message).toList())
                        + ". Only an investigator may override, with a reason.");
            } else if (!access.holds(subject.getStudyId(), subject.getSiteId(), Role.INVESTIGATOR)) {
                throw new InvalidInput("gateOverrideReason", "Only an investigator may override the pre-cycle lab gate.");
            } else {
                line.gate(TreatmentAdministration.Gate.OVERRIDDEN, e.gateOverrideReason().trim());
            }
        }
        Optional<ProtocolDeviation> deviation = definition.doseDeviationRules().check(plan.recommendation(),
                new AdministeredDose(agent.id(), e.on(), e.administeredMg(), reason));
        if (deviation.isPresent() && !e.acceptDeviation()) {
            throw new InvalidInput("departureReason", deviation.get().description()
                    + ". Document the reason, or confirm to record a protocol deviation.");
        }
        em.persist(line);
        em.flush();
        if (line.getGate() == TreatmentAdministration.Gate.OVERRIDDEN) {
            audit.record(AuditEntry.of("OVERRIDE_PRE_CYCLE_GATE", "TreatmentAdministration", line.getId())
                    .scope(subject.getStudyId(), subject.getSiteId(), subject.label())
                    .field("failures", null, String.join("; ", plan.gate().failures().stream().map(PreCycleFailure::message).toList()))
                    .reason(line.getGateOverrideReason()));
        }
        deviation.ifPresent(d -> {
            DeviationLogEntry entry = new DeviationLogEntry(subject.getStudyId(), subject.getSiteId(), subject.label(),
                    line, d, who);
            em.persist(entry);
            em.flush();
            audit.record(AuditEntry.of("CREATE", "DeviationLogEntry", entry.getId())
                    .scope(subject.getStudyId(), subject.getSiteId(), subject.label())
                    .field("description", null, d.description()));
        });
        return line;
    }

    private AgentPlan plan(Subject subject, DosingDefinition definition, TreatmentPhase phase, Administration adm,
                           Agent agent, int cycle, int day, LocalDate on, BigDecimal height, BigDecimal weight,
                           List<AdverseEventSummary> open, List<AdverseEventSummary> all) {
        List<TreatmentAdministration> history = history(subject.getId(), agent.id());
        BigDecimal current = FULL;
        int reductions = 0;
        BigDecimal resume = null;
        boolean discontinued = false;
        for (TreatmentAdministration a : history) {
            switch (a.getStatus()) {
                case GIVEN -> {
                    if (a.getDosePercent().compareTo(current) < 0) {
                        reductions++;
                    }
                    current = a.getDosePercent();
                    resume = null;
                }
                case NOT_GIVEN -> resume = a.getResumeDosePercent() != null ? a.getResumeDosePercent() : resume;
                case DISCONTINUED -> discontinued = true;
            }
        }
        List<AdverseEventSnapshot> openSnapshots = open.stream()
                .map(x -> new AdverseEventSnapshot(String.valueOf(x.id()), x.term(), x.grade(), x.immuneRelated(), x.immuneCategory()))
                .toList();
        List<AdverseEventSnapshot> previous = all.stream().filter(x -> !x.ongoing())
                .map(x -> new AdverseEventSnapshot(String.valueOf(x.id()), x.term(), x.worstGrade(), x.immuneRelated(), x.immuneCategory()))
                .toList();
        DoseDecision decision = definition.doseModificationPolicy().decide(new DoseDecisionRequest(agent.id(),
                agent.agentClass(), current, reductions, openSnapshots, previous));
        BigDecimal level = decision.action() == DoseAction.CONTINUE && resume != null ? resume : current;
        int dosingDays = adm.dosingDays().size();
        PlannedDose planned = null;
        String problem = null;
        try {
            planned = definition.doseCalculator().plannedDose(agent, dosingDays, level, bodyMeasurements(subject.getId(), height, weight));
        } catch (IllegalArgumentException ex) {
            problem = agent.name() + " " + agent.dose().stripTrailingZeros().toPlainString() + " "
                    + agent.doseBasis().label() + " needs " + (agent.doseBasis() == DoseBasis.MG_PER_M2
                    ? "height and weight" : "the weight");
        }
        DoseRecommendation recommendation;
        List<String> reasons = new ArrayList<>(decision.reasons());
        if (discontinued) {
            recommendation = DoseRecommendation.discontinued(agent.id());
            reasons.add(0, agent.name() + " was permanently discontinued for this subject");
            decision = new DoseDecision(DoseAction.DISCONTINUE, null, null, reasons, decision.adverseEvents());
        } else if (decision.action() == DoseAction.CONTINUE) {
            recommendation = planned == null ? new DoseRecommendation(agent.id(), DoseAction.CONTINUE, BigDecimal.ONE)
                    : DoseRecommendation.give(agent.id(), planned.plannedDoseMg());
            if (resume != null) {
                reasons.add("After the hold, resume at " + resume.stripTrailingZeros().toPlainString() + " % of the full dose");
                decision = new DoseDecision(decision.action(), null, null, reasons, decision.adverseEvents());
            }
        } else if (decision.action() == DoseAction.HOLD) {
            recommendation = DoseRecommendation.held(agent.id());
        } else {
            recommendation = DoseRecommendation.discontinued(agent.id());
        }
        PreCycleLabCriteria criteria = definition.preCycleLabs();
        boolean gated = criteria != null && criteria.appliesTo(agent.agentClass())
                && day == adm.dosingDays().get(0);
        PreCycleResult gate = gated ? new PreCycleCheck().evaluate(criteria, labsOn(subject.getId(), on), on) : null;
        return new AgentPlan(agent, dosingDays, level, planned, problem, decision, recommendation, open,
                definition.infusionWindow(agent).orElse(null), gated, gate, reductions);
    }

    /** The subject's lab results as the pre-cycle gate reads them: the latest of each test on or before the date. */
    private List<LabResult> labsOn(Long subjectId, LocalDate on) {
        return labs.latestOnOrBefore(subjectId, on).values().stream()
                .map(l -> new LabResult(l.getTest().name(), l.getValue(), l.getUnit(), l.getUln(), l.getCollectedOn()))
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
            throw new InvalidInput(subject.label() + " has no arm yet: enrol the subject first.");
        }
        Arm arm = definition.study().getArm(subject.getArmId());
        return arm.findPhase(phaseId).orElseThrow(() -> new InvalidInput("phase", "Phase '" + phaseId
                + "' is not a phase of arm " + arm.id() + "; phases: " + arm.phases().stream().map(TreatmentPhase::id).toList()));
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
}
