package org.vigia.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vigia.ae.ActionTaken;
import org.vigia.ae.AdverseEventDetails;
import org.vigia.ae.AdverseEventService;
import org.vigia.ae.AeOutcome;
import org.vigia.ae.Causality;
import org.vigia.terminology.CtcaeDictionary;
import org.vigia.ae.ImmuneRelatedCategory;
import org.vigia.ae.SeriousnessCriterion;
import org.vigia.demo.TrialPlan.Lesion;
import org.vigia.demo.TrialPlan.PlannedAdverseEvent;
import org.vigia.demo.TrialPlan.PlannedAssessment;
import org.vigia.demo.TrialPlan.PlannedAdministration;
import org.vigia.dosing.AdministrationEntry;
import org.vigia.dosing.AgentPlan;
import org.vigia.study.definition.DoseAction;
import org.vigia.dosing.DosingService;
import org.vigia.dosing.RadiotherapyService;
import org.vigia.dosing.TreatmentAdministration;
import org.vigia.followup.DiseaseEvent;
import org.vigia.followup.FollowUpContact;
import org.vigia.followup.FollowUpService;
import org.vigia.response.ImagingMethod;
import org.vigia.response.IrradiationStatus;
import org.vigia.response.LesionRole;
import org.vigia.response.NewLesions;
import org.vigia.response.Organ;
import org.vigia.response.assessment.FindingEntry;
import org.vigia.response.assessment.LesionEntry;
import org.vigia.response.assessment.ResponseService;
import org.vigia.shared.PartialDate;
import org.vigia.study.StudyService;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.subject.EligibilityService;
import org.vigia.demo.TrialPlan.PlannedLab;
import org.vigia.demo.TrialPlan.SubjectPlan;
import org.vigia.lab.LabResultService;
import org.vigia.terminology.LabTest;
import org.vigia.site.Site;
import org.vigia.site.SiteService;
import org.vigia.subject.EnrolmentService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;
import org.vigia.terminology.Terminology;

/**
 * Enters one planned subject through the application's services, as the ADMIN role, in its own transaction:
 * the same rules, computed values and audit trail as typed data.
 */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class DemoDataService {

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager em;

    @Inject
    private Terminology terminology;

    @Inject
    private SubjectService subjects;

    @Inject
    private EnrolmentService enrolment;

    @Inject
    private LabResultService labs;

    @Inject
    private SiteService sites;

    @Inject
    private StudyService studies;

    @Inject
    private EligibilityService eligibility;

    @Inject
    private AdverseEventService adverseEvents;

    @Inject
    private ResponseService responses;

    @Inject
    private FollowUpService followUp;

    @Inject
    private DosingService dosing;

    @Inject
    private RadiotherapyService radiotherapy;

    @Inject
    private DemoLabBatch labBatch;

    private static final Logger LOG = Logger.getLogger(DemoDataService.class.getName());

    /** A subject entered up to enrolment: its id, and its plan for the arm it was allocated to (null: not enrolled). */
    public record Entered(Long subjectId, SubjectPlan plan) {
    }

    /**
     * Screening: registers the subject, enters the screening labs and the eligibility form, then records the screen
     * failure or enrols (randomises) the subject. The plan's treatment is planned again for the allocated arm.
     * Subjects of a study must be entered one after the other (randomisation depends on the order); their
     * treatment ({@link #treat}) can then be entered in parallel.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Entered screen(String registryId, SubjectPlan plan, SyntheticTrialPlanner planner, LocalDate dataDate) {
        Site site = sites.findByCode(plan.siteCode()).orElseThrow();
        Subject subject = subjects.register(registryId, site.getId(), plan.screeningNumber(), plan.sex(), plan.birthYear(),
                plan.consentDate(), plan.screenedOn());
        labBatch.record(subject.getId(), plan.labs().stream().filter(PlannedLab::baseline).toList());
        var def = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
        var assessed = eligibility.save(subject.getId(), null,
                DemoEligibility.entries(def, subject.ageOn(plan.screenedOn()), plan.screenFailure()), Set.of(), Map.of(), null);
        if (plan.screenFailure() || assessed.assessment().outcome() == org.vigia.study.EligibilityOutcome.NOT_ELIGIBLE) {
            eligibility.recordScreenFailure(subject.getId(), subject.getVersion());
            return new Entered(subject.getId(), null);
        }
        Subject enrolled = enrolment.enrol(subject.getId(), subject.getVersion(), plan.enrolledOn(), plan.assignedArm(), plan.strata());
        String arm = enrolled.getArmId();
        return new Entered(subject.getId(), arm == null || arm.equals(plan.armId()) ? plan
                : planner.forArm(def, plan, arm, dataDate));
    }

    /**
     * The enrolled subject's course, in date order as a site would enter it: labs, drug doses as the dosing sheet
     * recommends, radiotherapy fractions, adverse events (entered ongoing at onset and updated when they resolve, so
     * a dose decision sees the events open on its day), tumour assessments, progression, end of treatment, death or
     * last contact. Each service call commits on its own, so a step a rule refuses rolls back alone and is counted
     * in {@code refusals}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void treat(Long subjectId, SubjectPlan plan, DemoRefusals refusals) {
        recordLabs(subjectId, plan.labs().stream().filter(l -> !l.baseline()).toList(), refusals);
        List<AdverseEventDetails.Attribution> agents = adverseEvents.agentsFor(subjectId);
        Timeline timeline = new Timeline();
        for (PlannedAdverseEvent ae : plan.adverseEvents()) {
            if (ae.grade() == 5 || ae.end() == null) {
                timeline.at(ae.onset(), Timeline.NEW_EVENTS, () -> step(refusals, "AE",
                        () -> adverseEvents.record(subjectId, details(subjectId, ae, agents, true))));
            } else {
                Long[] recorded = new Long[1];
                timeline.at(ae.onset(), Timeline.NEW_EVENTS, () -> step(refusals, "AE",
                        () -> recorded[0] = adverseEvents.record(subjectId, details(subjectId, ae, agents, false)).getId()));
                timeline.at(ae.end(), Timeline.RESOLUTIONS, () -> {
                    if (recorded[0] != null) {
                        step(refusals, "AE resolution", () -> adverseEvents.update(recorded[0],
                                adverseEvents.get(recorded[0]).getVersion(), details(subjectId, ae, agents, true), "Resolved"));
                    }
                });
            }
        }
        Map<String, List<PlannedAdministration>> days = new java.util.LinkedHashMap<>();
        for (PlannedAdministration a : plan.administrations()) {
            days.computeIfAbsent(a.phaseId() + "|" + a.cycle() + "|" + a.day() + "|" + a.date(), k -> new ArrayList<>()).add(a);
        }
        Subject subject = subjects.get(subjectId);
        StudyDefinition definition = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
        days.values().forEach(group -> timeline.at(group.get(0).date(), Timeline.TREATMENT,
                () -> administer(subjectId, definition, group, plan, refusals, timeline, 0, false)));
        timeline.run();
        step(refusals, "tumour assessments", () -> assessments(subjectId, plan.assessments()));
        if (plan.progressionDate() != null) {
            step(refusals, "progression", () -> followUp.recordDiseaseEvent(subjectId, DiseaseEvent.Kind.PROGRESSION,
                    plan.progressionSite(), plan.progressionDate(), "Imaging (RECIST 1.1)", null));
        }
        if (plan.treatmentEndDate() != null && plan.treatmentEndReason() != null) {
            step(refusals, "treatment end", () -> followUp.discontinueTreatment(subjectId, plan.treatmentEndDate(),
                    plan.treatmentEndReason(), null));
        }
        if (plan.deathDate() != null) {
            step(refusals, "death", () -> followUp.recordContact(subjectId, plan.deathDate(), FollowUpContact.SurvivalStatus.DEAD,
                    plan.deathDate(), plan.deathCause(), null, null));
        } else if (plan.lastContactDate() != null) {
            step(refusals, "follow-up contact", () -> followUp.recordContact(subjectId, plan.lastContactDate(),
                    FollowUpContact.SurvivalStatus.ALIVE, null, null, null, null));
        }
    }

    /** Actions by date; on one date, resolutions of adverse events, then treatment, then new adverse events. */
    private static final class Timeline {
        static final int RESOLUTIONS = 0;
        static final int TREATMENT = 1;
        static final int NEW_EVENTS = 2;
        private final java.util.TreeMap<LocalDate, List<List<Runnable>>> actions = new java.util.TreeMap<>();
        /** Days the treatment still to come is moved by the cycles delayed so far (later cycles count from them). */
        private int shiftDays;

        void at(LocalDate date, int order, Runnable action) {
            actions.computeIfAbsent(date, d -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()))
                    .get(order).add(action);
        }

        /** Runs the actions in order; an action may add later ones (a delayed cycle). */
        void run() {
            for (var next = actions.pollFirstEntry(); next != null; next = actions.pollFirstEntry()) {
                next.getValue().forEach(list -> list.forEach(Runnable::run));
            }
        }
    }

    /** One treatment day: radiotherapy fractions, and each drug as the dosing sheet recommends (given, or held). */
    private void administer(Long subjectId, StudyDefinition definition, List<PlannedAdministration> group,
                            SubjectPlan plan, DemoRefusals refusals, Timeline timeline, int attempt, boolean moved) {
        if (!moved && timeline.shiftDays > 0) {
            shift(subjectId, definition, group, plan, refusals, timeline);
            return;
        }
        PlannedAdministration first = group.get(0);
        List<PlannedAdministration> drugs = new ArrayList<>();
        for (PlannedAdministration a : group) {
            var course = definition.findRadiotherapyCourse(a.agentId());
            if (course.isPresent()) {
                step(refusals, "radiotherapy fraction", () -> radiotherapy.recordFraction(subjectId, a.agentId(), a.date(),
                        course.get().dosePerFractionGy(), Set.of()));
            } else {
                drugs.add(a);
            }
        }
        if (drugs.isEmpty()) {
            return;
        }
        step(refusals, "dosing day", () -> {
            var sheet = dosing.sheet(subjectId, first.phaseId(), first.cycle(), first.day(), first.date(), plan.heightCm(), plan.weightKg());
            if (sheet.agents().stream().anyMatch(line -> line.gated() && line.gate() != null && !line.gate().go())) {
                delay(subjectId, definition, drugs, plan, refusals, timeline, attempt);
                return;
            }
            for (AgentPlan line : sheet.agents()) {
                if (drugs.stream().noneMatch(d -> d.agentId().equalsIgnoreCase(line.agent().id()))) {
                    continue;
                }
                boolean give = line.recommendation() != null && line.recommendation().status() == DoseAction.CONTINUE
                        && line.recommendation().recommendedDoseMg() != null;
                Instant start = null;
                Instant stop = null;
                if (give && line.infusionWindow() != null) {
                    int minutes = line.infusionWindow().maxMinutes() != null && line.infusionWindow().minMinutes() != null
                            ? (line.infusionWindow().minMinutes() + line.infusionWindow().maxMinutes()) / 2
                            : line.infusionWindow().minMinutes() != null ? line.infusionWindow().minMinutes() + 10 : 60;
                    start = first.date().atTime(9, 0).toInstant(ZoneOffset.UTC);
                    stop = start.plusSeconds(60L * minutes);
                }
                dosing.record(subjectId, new AdministrationEntry(line.agent().id(), first.phaseId(), first.cycle(), first.day(),
                        first.date(), give ? TreatmentAdministration.Status.GIVEN : TreatmentAdministration.Status.NOT_GIVEN,
                        give ? null : "Held as recommended: " + heldBecause(line),
                        give ? line.recommendedPercent() : null, give ? line.recommendation().recommendedDoseMg() : null,
                        plan.heightCm(), plan.weightKg(), start, stop, null, false, null, null, null));
            }
        });
    }

    /**
     * The pre-cycle labs do not allow the cycle: as a site does, draw the labs again a week later (recovered) and give
     * the cycle then; at most twice, and never past the data date or the end of treatment.
     */
    private void delay(Long subjectId, StudyDefinition definition, List<PlannedAdministration> drugs, SubjectPlan plan,
                       DemoRefusals refusals, Timeline timeline, int attempt) {
        LocalDate retry = drugs.get(0).date().plusDays(7);
        LocalDate end = plan.treatmentEndDate() == null ? LocalDate.now() : plan.treatmentEndDate();
        if (attempt >= 2 || retry.isAfter(LocalDate.now()) || !retry.isBefore(end)) {
            refusals.count("dosing day", "cycle delayed by the pre-cycle labs and not given before the end of treatment");
            return;
        }
        refusals.count("dosing day", "cycle delayed by the pre-cycle labs; given a week later after repeat labs (expected)");
        java.util.Random random = new java.util.Random(plan.story().treatmentSeed() ^ retry.toEpochDay());
        LocalDate drawn = retry.minusDays(1);
        recordLabs(subjectId, SyntheticTrialPlanner.recoveredLabs(random, drawn), refusals);
        List<PlannedAdministration> moved = drugs.stream().map(d -> new PlannedAdministration(d.phaseId(), d.agentId(),
                d.cycle(), d.day(), retry, d.dosePercent(), d.given(), d.notGivenReason())).toList();
        timeline.at(retry, Timeline.TREATMENT, () -> administer(subjectId, definition, moved, plan, refusals, timeline,
                attempt + 1, true));
        timeline.shiftDays += 7;
    }

    /**
     * A treatment day after a delayed cycle, moved by the delays so far (the next cycle's day 1 counts from the
     * delayed one's: no cycle too early); a cycle's day 1 gets its pre-cycle labs the day before. Not past the data
     * date or the end of treatment.
     */
    private void shift(Long subjectId, StudyDefinition definition, List<PlannedAdministration> group, SubjectPlan plan,
                       DemoRefusals refusals, Timeline timeline) {
        LocalDate date = group.get(0).date().plusDays(timeline.shiftDays);
        LocalDate end = plan.treatmentEndDate() == null ? LocalDate.now() : plan.treatmentEndDate();
        if (date.isAfter(LocalDate.now()) || !date.isBefore(end)) {
            refusals.count("dosing day", "moved after a delayed cycle past the end of treatment (expected)");
            return;
        }
        List<PlannedAdministration> moved = group.stream().map(d -> new PlannedAdministration(d.phaseId(), d.agentId(),
                d.cycle(), d.day(), date, d.dosePercent(), d.given(), d.notGivenReason())).toList();
        timeline.at(date, Timeline.TREATMENT, () -> {
            if (moved.stream().anyMatch(d -> d.day() == 1 && definition.findRadiotherapyCourse(d.agentId()).isEmpty())) {
                recordLabs(subjectId, SyntheticTrialPlanner.recoveredLabs(
                        new java.util.Random(plan.story().treatmentSeed() ^ date.toEpochDay()), date.minusDays(1)), refusals);
            }
            administer(subjectId, definition, moved, plan, refusals, timeline, 0, true);
        });
    }

    /** Labs in one transaction; when the batch is refused, one by one so that only the refused result is lost. */
    private void recordLabs(Long subjectId, List<PlannedLab> results, DemoRefusals refusals) {
        try {
            labBatch.record(subjectId, results);
        } catch (RuntimeException batchRefused) {
            for (PlannedLab lab : results) {
                step(refusals, "lab", () -> labs.record(subjectId, LabTest.valueOf(lab.test()), lab.collectedOn(), null,
                        lab.value(), lab.unit(), false));
            }
        }
    }

    /** The reasons of the rules that hold or stop the agent (not those that let it continue). */
    private static String heldBecause(AgentPlan line) {
        if (line.decision() == null) {
            return line.plannedProblem() == null ? "no dose recommendation" : line.plannedProblem().english();
        }
        List<String> reasons = line.decision().adverseEvents().stream().filter(a -> a.action() != DoseAction.CONTINUE)
                .map(org.vigia.dosing.AdverseEventAssessment::reason).toList();
        return String.join("; ", reasons.isEmpty() ? line.decision().reasons() : reasons);
    }

    /** The AE as entered: at onset (ongoing, {@code resolved} false) or once it resolved (with its end and outcome). */
    private AdverseEventDetails details(Long subjectId, PlannedAdverseEvent ae,
                                        List<AdverseEventDetails.Attribution> agents, boolean resolved) {
        LocalDate end = resolved ? ae.end() : null;
        List<AdverseEventDetails.Attribution> attributions = new ArrayList<>();
        // related only to an agent given by the onset (entered in date order: the doses up to today are in)
        Map<String, LocalDate> firstGiven = adverseEvents.firstGiven(subjectId);
        for (AdverseEventDetails.Attribution a : agents) {
            LocalDate first = firstGiven.get(a.agentId());
            boolean given = first != null && !first.isAfter(ae.onset());
            attributions.add(new AdverseEventDetails.Attribution(a.agentId(), a.agentName(),
                    !given ? Causality.UNRELATED : ae.related() ? Causality.POSSIBLE : Causality.UNLIKELY,
                    ae.grade() >= 3 ? ActionTaken.DRUG_INTERRUPTED : ActionTaken.DOSE_NOT_CHANGED));
        }
        boolean fatal = ae.grade() == 5;
        return new AdverseEventDetails(terminology.ctcae().getByTerm(ae.term()).meddraCode(), null, PartialDate.of(ae.onset()),
                end == null ? null : PartialDate.of(end), end == null, ae.grade(), null, ae.serious(),
                ae.serious() ? Set.of(fatal ? SeriousnessCriterion.DEATH : SeriousnessCriterion.HOSPITALISATION) : Set.of(),
                ae.serious() ? awareness(ae.onset()) : null, attributions,
                fatal ? AeOutcome.FATAL : end == null ? AeOutcome.NOT_RECOVERED_NOT_RESOLVED : AeOutcome.RECOVERED_RESOLVED,
                ae.immuneRelated(), ae.immuneCategory() == null ? null : category(ae.immuneCategory()),
                ae.grade() >= 3 && ae.immuneRelated() ? "Prednisolone 1 mg/kg/day" : null, null);
    }

    /** The site learns of a serious event the day after onset (not later than now). */
    private static Instant awareness(LocalDate onset) {
        Instant dayAfter = onset.plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
        Instant now = Instant.now().minusSeconds(60);
        return dayAfter.isAfter(now) ? now : dayAfter;
    }

    private static ImmuneRelatedCategory category(String name) {
        try {
            return ImmuneRelatedCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ImmuneRelatedCategory.OTHER;
        }
    }

    private void assessments(Long subjectId, List<PlannedAssessment> planned) {
        if (planned.isEmpty()) {
            return;
        }
        PlannedAssessment base = planned.get(0);
        List<LesionEntry> lesions = new ArrayList<>();
        for (Lesion l : base.targets()) {
            lesions.add(new LesionEntry(l.id(), LesionRole.TARGET, Organ.valueOf(l.organ()), BigDecimal.valueOf(l.diameterMm()),
                    ImagingMethod.CT, base.date(), IrradiationStatus.valueOf(l.irradiation())));
        }
        lesions.add(new LesionEntry("NT1", LesionRole.NON_TARGET, Organ.LYMPH_NODE, null, ImagingMethod.CT, base.date(),
                IrradiationStatus.NOT_IRRADIATED));
        responses.saveBaseline(subjectId, null, base.date(), lesions, null);
        for (PlannedAssessment a : planned.subList(1, planned.size())) {
            List<FindingEntry> findings = new ArrayList<>();
            for (Lesion l : a.targets()) {
                findings.add(l.diameterMm() == 0 ? new FindingEntry(l.id(), "DISAPPEARED", null)
                        : new FindingEntry(l.id(), "MEASURED", BigDecimal.valueOf(l.diameterMm())));
            }
            findings.add(new FindingEntry("NT1", a.nonTargetStatus(), null));
            responses.saveFollowUp(subjectId, null, null, a.date(), NewLesions.valueOf(a.newLesions()), findings, null);
        }
    }

    /** One part of a subject; a refusal by a rule is counted and logged, and the rest of the subject still entered. */
    private static void step(DemoRefusals refusals, String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            Throwable cause = e instanceof jakarta.ejb.EJBException && e.getCause() != null ? e.getCause() : e;
            refusals.count(what, cause.getMessage());
            LOG.log(Level.FINE, "Demo data: " + what + " skipped: " + cause.getMessage());
        }
    }

    /** How many subjects the study has (the generator leaves a study with subjects alone at start-up). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int subjectCount(Long studyId) {
        return ((Number) em.createNativeQuery("select count(*) from subject where study_id = ?").setParameter(1, studyId)
                .getSingleResult()).intValue();
    }

    /** The codes of the sites the study is open at. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> siteCodes(Long studyId) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("select s.code from study_site ss join site s on s.id = ss.site_id"
                + " where ss.study_id = ? and s.active order by s.code").setParameter(1, studyId).getResultList();
        return codes;
    }
}
