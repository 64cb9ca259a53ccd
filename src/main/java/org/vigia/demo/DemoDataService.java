package org.vigia.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
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
import org.vigia.ae.CtcaeDictionary;
import org.vigia.ae.ImmuneRelatedCategory;
import org.vigia.ae.SeriousnessCriterion;
import org.vigia.demo.TrialPlan.Lesion;
import org.vigia.demo.TrialPlan.PlannedAdverseEvent;
import org.vigia.demo.TrialPlan.PlannedAssessment;
import org.vigia.demo.TrialPlan.PlannedAdministration;
import org.vigia.dosing.AdministrationEntry;
import org.vigia.dosing.AgentPlan;
import org.vigia.dosing.DoseAction;
import org.vigia.dosing.DosingService;
import org.vigia.dosing.RadiotherapyService;
import org.vigia.dosing.TreatmentAdministration;
import org.vigia.followup.DiseaseEvent;
import org.vigia.followup.FollowUpContact;
import org.vigia.followup.FollowUpService;
import org.vigia.followup.TreatmentEnd;
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
import org.vigia.subject.EligibilityService;
import org.vigia.demo.TrialPlan.PlannedLab;
import org.vigia.demo.TrialPlan.SubjectPlan;
import org.vigia.lab.LabResultService;
import org.vigia.lab.LabTest;
import org.vigia.site.Site;
import org.vigia.site.SiteService;
import org.vigia.subject.EnrolmentService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

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

    private static final Logger LOG = Logger.getLogger(DemoDataService.class.getName());
    private static final CtcaeDictionary DICTIONARY = CtcaeDictionary.load();

    /**
     * Enters a subject; returns its id. Runs without a transaction of its own: each service call commits on its own,
     * so a step that a rule refuses (e.g. a cycle the pre-cycle gate delays) rolls back alone.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Long enter(String registryId, SubjectPlan plan) {
        Site site = sites.findByCode(plan.siteCode()).orElseThrow();
        Subject subject = subjects.register(registryId, site.getId(), plan.screeningNumber(), plan.sex(), plan.birthYear(),
                plan.consentDate(), plan.screenedOn());
        for (PlannedLab lab : plan.labs()) {
            if (lab.baseline()) {
                labs.record(subject.getId(), LabTest.valueOf(lab.test()), lab.collectedOn(), "SCREENING", lab.value(), lab.unit(), true);
            }
        }
        var def = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
        var assessed = eligibility.save(subject.getId(), null,
                DemoEligibility.entries(def, subject.ageOn(plan.screenedOn()), plan.screenFailure()), Set.of(), Map.of(), null);
        if (plan.screenFailure() || assessed.assessment().outcome() == org.vigia.study.EligibilityOutcome.NOT_ELIGIBLE) {
            eligibility.recordScreenFailure(subject.getId(), subject.getVersion());
            return subject.getId();
        }
        enrolment.enrol(subject.getId(), subject.getVersion(), plan.enrolledOn(), plan.assignedArm(), plan.strata());
        for (PlannedLab lab : plan.labs()) {
            if (!lab.baseline()) {
                labs.record(subject.getId(), LabTest.valueOf(lab.test()), lab.collectedOn(), null, lab.value(), lab.unit(), false);
            }
        }
        List<AdverseEventDetails.Attribution> agents = adverseEvents.agentsFor(subject.getId());
        // in date order, so that the dose recommendation of a cycle sees the adverse events that started before it
        java.util.TreeMap<java.time.LocalDate, List<Runnable>> timeline = new java.util.TreeMap<>();
        for (PlannedAdverseEvent ae : plan.adverseEvents()) {
            timeline.computeIfAbsent(ae.onset(), d -> new ArrayList<>())
                    .add(() -> step("AE " + ae.term(), () -> adverseEvents.record(subject.getId(), details(ae, agents))));
        }
        Map<String, List<PlannedAdministration>> days = new java.util.LinkedHashMap<>();
        for (PlannedAdministration a : plan.administrations()) {
            days.computeIfAbsent(a.phaseId() + "|" + a.cycle() + "|" + a.day() + "|" + a.date(), k -> new ArrayList<>()).add(a);
        }
        days.values().forEach(group -> timeline.computeIfAbsent(group.get(0).date(), d -> new ArrayList<>())
                .add(0, () -> administer(subject.getId(), group, plan)));
        timeline.values().forEach(actions -> actions.forEach(Runnable::run));
        step("tumour assessments", () -> assessments(subject.getId(), plan.assessments()));
        if (plan.progressionDate() != null) {
            step("progression", () -> followUp.recordDiseaseEvent(subject.getId(), DiseaseEvent.Kind.PROGRESSION,
                    DiseaseEvent.Extent.valueOf(plan.progressionSite()), plan.progressionDate(), "Imaging (RECIST 1.1)", null));
        }
        if (plan.treatmentEndDate() != null && plan.treatmentEndReason() != null) {
            TreatmentEnd.Reason reason = switch (plan.treatmentEndReason()) {
                case "Disease progression" -> TreatmentEnd.Reason.PROGRESSIVE_DISEASE;
                case "Death" -> TreatmentEnd.Reason.DEATH;
                case "Unacceptable toxicity" -> TreatmentEnd.Reason.ADVERSE_EVENT;
                default -> TreatmentEnd.Reason.COMPLETED_PER_PROTOCOL;
            };
            step("treatment end", () -> followUp.discontinueTreatment(subject.getId(), plan.treatmentEndDate(), reason, plan.treatmentEndReason()));
        }
        if (plan.deathDate() != null) {
            step("death", () -> followUp.recordContact(subject.getId(), plan.deathDate(), FollowUpContact.SurvivalStatus.DEAD,
                    plan.deathDate(), "Adverse event".equals(plan.deathCause()) ? FollowUpContact.DeathCause.ADVERSE_EVENT
                            : FollowUpContact.DeathCause.DISEASE, plan.deathCause(), null));
        } else if (plan.lastContactDate() != null) {
            step("follow-up contact", () -> followUp.recordContact(subject.getId(), plan.lastContactDate(),
                    FollowUpContact.SurvivalStatus.ALIVE, null, null, null, null));
        }
        return subject.getId();
    }

    /** One treatment day: radiotherapy fractions, and each drug as the dosing sheet recommends (given, or held). */
    private void administer(Long subjectId, List<PlannedAdministration> group, SubjectPlan plan) {
        PlannedAdministration first = group.get(0);
        List<PlannedAdministration> drugs = new ArrayList<>();
        Subject subject = subjects.get(subjectId);
        var definition = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
        for (PlannedAdministration a : group) {
            if (definition.findRadiotherapyCourse(a.agentId()).isPresent()) {
                step("RT fraction", () -> radiotherapy.recordFraction(subjectId, a.agentId(), a.date(), null, Set.of()));
            } else {
                drugs.add(a);
            }
        }
        if (drugs.isEmpty()) {
            return;
        }
        step("dosing day", () -> {
            var sheet = dosing.sheet(subjectId, first.phaseId(), first.cycle(), first.day(), first.date(), plan.heightCm(), plan.weightKg());
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
                        give ? null : "Held as recommended: " + String.join("; ", line.decision() == null ? List.of() : line.decision().reasons()),
                        give ? line.recommendedPercent() : null, give ? line.recommendation().recommendedDoseMg() : null,
                        plan.heightCm(), plan.weightKg(), start, stop, null, false, null));
            }
        });
    }

    private static AdverseEventDetails details(PlannedAdverseEvent ae, List<AdverseEventDetails.Attribution> agents) {
        List<AdverseEventDetails.Attribution> attributions = new ArrayList<>();
        for (AdverseEventDetails.Attribution a : agents) {
            attributions.add(new AdverseEventDetails.Attribution(a.agentId(), a.agentName(),
                    ae.related() ? Causality.POSSIBLE : Causality.UNLIKELY,
                    ae.grade() >= 3 ? ActionTaken.DRUG_INTERRUPTED : ActionTaken.DOSE_NOT_CHANGED));
        }
        boolean fatal = ae.grade() == 5;
        return new AdverseEventDetails(DICTIONARY.getByTerm(ae.term()).meddraCode(), null, PartialDate.of(ae.onset()),
                ae.end() == null ? null : PartialDate.of(ae.end()), ae.end() == null, ae.grade(), null, ae.serious(),
                ae.serious() ? Set.of(fatal ? SeriousnessCriterion.DEATH : SeriousnessCriterion.HOSPITALISATION) : Set.of(),
                ae.serious() ? ae.onset().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC) : null, attributions,
                fatal ? AeOutcome.FATAL : ae.end() == null ? AeOutcome.NOT_RECOVERED_NOT_RESOLVED : AeOutcome.RECOVERED_RESOLVED,
                ae.immuneRelated(), ae.immuneCategory() == null ? null : category(ae.immuneCategory()),
                ae.grade() >= 3 && ae.immuneRelated() ? "Prednisolone 1 mg/kg/day" : null, null);
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

    /** One part of a subject; a refusal by a rule is logged and the rest of the subject still entered. */
    private static void step(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Demo data: " + what + " skipped: " + e.getMessage());
        }
    }

    /** True when the study already has subjects (the generator then leaves it alone). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean hasSubjects(Long studyId) {
        return !subjects.list(studyId).isEmpty();
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
