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
import org.vigia.ae.AdverseEvent;
import org.vigia.ae.AdverseEventAttribution;
import org.vigia.ae.ProposedAdverseEvent;
import org.vigia.ae.ProposedAdverseEventService;
import org.vigia.demo.TrialPlan.GradeStep;
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
import org.vigia.subject.BaselineFormService;
import org.vigia.subject.BaselineFormType;
import org.vigia.subject.EligibilityService;
import org.vigia.demo.TrialPlan.PlannedLab;
import org.vigia.demo.TrialPlan.SubjectPlan;
import org.vigia.lab.LabResultService;
import org.vigia.terminology.LabTest;
import org.vigia.site.Site;
import org.vigia.site.SiteService;
import org.vigia.subject.EnrolmentService;
import org.vigia.subject.ProgressionScans;
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
    private ProgressionScans progressionScans;

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

    @Inject
    private ProposedAdverseEventService proposals;

    @Inject
    private DemoInvestigator investigator;

    @Inject
    private BaselineFormService baselineForms;

    @Inject
    private org.vigia.subject.VisitScheduleService visits;

    @Inject
    private org.vigia.form.FormLibraryRegistry formLibrary;

    @Inject
    private org.vigia.ae.RadiotherapyCheckService radiotherapyChecks;

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
        List<PlannedLab> planned = plan.labs().stream().filter(PlannedLab::baseline).toList();
        labBatch.record(subject.getId(), planned);
        var def = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
        LocalDate labDay = planned.isEmpty() ? plan.screenedOn() : planned.get(0).collectedOn();
        Map<String, BigDecimal> baselineValues = recordStrataData(subject, def, plan, labDay);
        recordScreeningForms(subject, plan, labDay, baselineValues.containsKey("ECOG"));
        // every lab criterion takes its value from a screening result: record the ones the plan has not
        List<PlannedLab> missing = DemoEligibility.missingLabs(def, screeningResults(subject.getId()).keySet(),
                plan.screenFailure(), test -> labs.normalRange(subject, test, labDay)
                        .map(r -> test.toCanonical(r.getUln(), r.getUnit())).orElse(null)).stream()
                .map(l -> new PlannedLab(l.test().name(), labDay, l.value(), l.unit(), true)).toList();
        labBatch.record(subject.getId(), missing);
        var assessed = eligibility.save(subject.getId(), null, DemoEligibility.entries(def, plan.screenFailure(),
                screeningResults(subject.getId()), baselineValues), Set.of(), Map.of(), null);
        if (plan.screenFailure() || assessed.assessment().outcome() == org.vigia.study.EligibilityOutcome.NOT_ELIGIBLE) {
            eligibility.recordScreenFailure(subject.getId(), subject.getVersion());
            return new Entered(subject.getId(), null);
        }
        // derived strata come from the baseline forms; only factors the definition does not derive are entered
        Map<String, String> typedStrata = new java.util.LinkedHashMap<>();
        if (def.allocation() != null && plan.strata() != null) {
            def.allocation().stratificationFactors().stream().filter(f -> !f.derived() && plan.strata().containsKey(f.id()))
                    .forEach(f -> typedStrata.put(f.id(), plan.strata().get(f.id())));
        }
        Subject enrolled = enrolment.enrol(subject.getId(), subject.getVersion(), plan.enrolledOn(), plan.assignedArm(), typedStrata);
        String arm = enrolled.getArmId();
        return new Entered(subject.getId(), arm == null || arm.equals(plan.armId()) ? plan
                : planner.forArm(def, plan, arm, dataDate));
    }

    /** The subject's latest result of each test (the screening results, before treatment starts). */
    private Map<org.vigia.terminology.LabTest, DemoEligibility.Result> screeningResults(Long subjectId) {
        Map<org.vigia.terminology.LabTest, DemoEligibility.Result> out = new java.util.EnumMap<>(org.vigia.terminology.LabTest.class);
        for (var r : labs.forSubject(subjectId)) { // latest first
            out.putIfAbsent(r.getTest(), new DemoEligibility.Result(r.getTest(), r.getValue(), r.getUnit(), r.getCanonicalValue(),
                    r.getUln() == null ? null : r.getTest().toCanonical(r.getUln(), r.getUnit())));
        }
        return out;
    }

    /**
     * The screening forms every site fills whatever the study: demographics (nothing beyond the registration is asked
     * for in these trials), height and weight measured on the screening lab day, and the ECOG score when the strata
     * have not recorded it already.
     */
    private void recordScreeningForms(Subject subject, SubjectPlan plan, LocalDate on, boolean ecogRecorded) {
        baselineForms.save(subject.getId(), BaselineFormType.DEMOGRAPHICS, null, Map.of(), null);
        if (plan.heightCm() != null && plan.weightKg() != null) {
            baselineForms.save(subject.getId(), BaselineFormType.VITALS, null, Map.of("heightCm", plan.heightCm(),
                    "weightKg", plan.weightKg(), "measuredOn", on.toString()), null);
        }
        if (!ecogRecorded) {
            baselineForms.save(subject.getId(), BaselineFormType.ECOG, null,
                    Map.of("ecog", plan.ecog(), "assessedOn", on.toString()), null);
        }
    }

    /**
     * For a study whose strata are derived from the baseline forms, records the items they come from as a site
     * would: the ECOG form (the planned score) and the tumour form (a head-and-neck primary site other than
     * nasopharynx, HPV/p16 status where the site asks for it, PD-L1 CPS 1-100), drawn from the screening number so
     * that a plan enters the same data again. Returns the values the eligibility form takes ({@code "ECOG"},
     * {@code "CPS"}); empty for other studies.
     */
    private Map<String, BigDecimal> recordStrataData(Subject subject, StudyDefinition def, SubjectPlan plan, LocalDate on) {
        boolean derived = def.allocation() != null
                && def.allocation().stratificationFactors().stream().anyMatch(f -> f.derived());
        if (!derived || def.tumourClassification() == null) {
            return Map.of();
        }
        java.util.Random random = new java.util.Random(plan.screeningNumber().hashCode());
        List<String> sites = def.tumourClassification().primarySites().stream()
                .filter(code -> !code.equals("NASOPHARYNX") && !code.equals("OTHER")).toList();
        if (sites.isEmpty()) {
            sites = def.tumourClassification().primarySites();
        }
        String site = sites.get(random.nextInt(sites.size()));
        BigDecimal cps = BigDecimal.valueOf(random.nextDouble() < 0.45 ? 1 + random.nextInt(19) : 20 + random.nextInt(81));
        Map<String, Object> tumour = new java.util.LinkedHashMap<>(Map.of("primarySite", site, "pdl1Cps", cps));
        if (def.tumourClassification().asksHpvP16(site)) {
            tumour.put("hpvP16", random.nextDouble() < 0.6 ? "POSITIVE" : "NEGATIVE");
        }
        baselineForms.save(subject.getId(), BaselineFormType.TUMOUR, null, tumour, null);
        baselineForms.save(subject.getId(), BaselineFormType.ECOG, null,
                Map.of("ecog", plan.ecog(), "assessedOn", on.toString()), null);
        return Map.of("ECOG", BigDecimal.valueOf(plan.ecog()), "CPS", cps);
    }

    /**
     * The enrolled subject's course, in date order as a site would enter it: labs, the investigator's decisions on the
     * lab-based AE proposals (on the collection date: a clinically significant result, grade 2 or more, is confirmed
     * as an AE that ends at the next lab draw without it; a change of grade while it goes on is a grade change of
     * that AE; grade 1 results are dismissed with the reason), drug doses as the dosing sheet recommends,
     * radiotherapy fractions, adverse events (entered ongoing at onset, then each grade change, then the end, so a
     * dose decision sees the events open on its day; causality only to what the subject had received by the onset;
     * serious events reported through the SAE workflow), tumour assessments, progression on the date of the scan that
     * shows it, end of treatment, what the visits whose window has closed still ask for ({@link #completeVisits}),
     * death or last contact. Each service call commits on its own, so a step a rule
     * refuses rolls back alone and is counted in {@code refusals}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void treat(Long subjectId, SubjectPlan plan, DemoRefusals refusals) {
        recordLabs(subjectId, plan.labs().stream().filter(l -> !l.baseline()).toList(), refusals);
        List<AdverseEventDetails.Attribution> agents = adverseEvents.agentsFor(subjectId);
        Course course = new Course(subjectId, plan, refusals, agents);
        Timeline timeline = course.timeline;
        PlannedAdverseEvent cause = discontinuationCause(plan);
        for (PlannedAdverseEvent ae : plan.adverseEvents()) {
            plannedEvent(course, ae, ae == cause ? plan.treatmentEndDate() : null);
        }
        labDecisions(course);
        Map<String, List<PlannedAdministration>> days = new java.util.LinkedHashMap<>();
        for (PlannedAdministration a : plan.administrations()) {
            days.computeIfAbsent(a.phaseId() + "|" + a.cycle() + "|" + a.day() + "|" + a.date(), k -> new ArrayList<>()).add(a);
        }
        Subject subject = subjects.get(subjectId);
        StudyDefinition definition = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
        pregnancyTest(subject, definition, plan, refusals);
        days.values().forEach(group -> timeline.at(group.get(0).date(), Timeline.TREATMENT,
                () -> administer(course, definition, group)));
        timeline.run();
        step(refusals, "tumour assessments", () -> assessments(subjectId, plan.assessments()));
        if (plan.progressionDate() != null) {
            step(refusals, "progression", () -> {
                // dated by the scan that shows it (issue 15); clinical, with its method, when no scan shows PD
                Optional<ProgressionScans.Scan> scan = progressionScans.firstProgression(subjectId);
                followUp.recordDiseaseEvent(subjectId, DiseaseEvent.Kind.PROGRESSION, plan.progressionSite(),
                        scan.map(ProgressionScans.Scan::assessedOn).orElse(plan.progressionDate()),
                        scan.isPresent() ? DiseaseEvent.Basis.IMAGING : DiseaseEvent.Basis.CLINICAL,
                        scan.map(ProgressionScans.Scan::assessmentId).orElse(null),
                        scan.isPresent() ? "Imaging (RECIST 1.1)" : "Clinical examination", null);
            });
        }
        if (plan.treatmentEndDate() != null && plan.treatmentEndReason() != null) {
            step(refusals, "treatment end", () -> followUp.discontinueTreatment(subjectId, plan.treatmentEndDate(),
                    plan.treatmentEndReason(), null));
        }
        if (plan.deathDate() != null) {
            visitForms(subjectId, plan, refusals);
            completeVisits(subjectId, plan, refusals); // an alive contact is refused once the death is recorded
            step(refusals, "death", () -> followUp.recordContact(subjectId, plan.deathDate(), FollowUpContact.SurvivalStatus.DEAD,
                    plan.deathDate(), plan.deathCause(), null, null));
            visitForms(subjectId, plan, refusals); // the forms of the visit the death contact dates (subsequent therapy)
        } else if (plan.lastContactDate() != null) {
            step(refusals, "follow-up contact", () -> followUp.recordContact(subjectId, plan.lastContactDate(),
                    FollowUpContact.SurvivalStatus.ALIVE, null, null, null, null));
        }
        if (plan.deathDate() == null) {
            visitForms(subjectId, plan, refusals);
            completeVisits(subjectId, plan, refusals);
        }
    }

    /**
     * The defined forms (the form library's: QoL questionnaires, vital signs, ECOG, pregnancy test, hepatitis serology,
     * subsequent therapy, biospecimens, radiotherapy planning, ulcer checks) at the visits that ask for them and took
     * place (dated, not marked not done, not after death), on the visit's date and never before consent (a screening
     * visit may be dated by labs drawn before it), with the values {@link DemoForms} gives for the subject's story; a
     * form already entered stays as it is (run again after the death contact, which dates its visit).
     */
    private void visitForms(Long subjectId, SubjectPlan plan, DemoRefusals refusals) {
        List<org.vigia.subject.VisitScheduleService.ScheduledVisit> schedule;
        try {
            schedule = visits.schedule(subjectId);
        } catch (RuntimeException e) {
            refusals.count("visit schedule", e.getMessage());
            return;
        }
        java.util.Random random = new java.util.Random(plan.story().treatmentSeed() ^ 0x0A11);
        java.util.Set<String> saved = investigator.savedForms(subjectId);
        for (var v : schedule) {
            LocalDate on = v.actualDate() == null || v.actualDate().isAfter(plan.consentDate()) ? v.actualDate()
                    : plan.consentDate();
            if (on == null || v.notDoneReason() != null || on.isAfter(LocalDate.now())
                    || plan.deathDate() != null && on.isAfter(plan.deathDate())) {
                continue;
            }
            enterForms(subjectId, plan, v.planned().code(), v.planned().procedures(), on, saved, random, refusals);
        }
    }

    /**
     * Where the definition asks a woman for a pregnancy test before her first treatment
     * ({@code dosing.pregnancyTestWithinDays}), the site records it at the visit that asks for it before the first dose:
     * dated two days before the first planned treatment (not before consent, not after today), negative under 50,
     * otherwise not of childbearing potential ({@link DemoForms}).
     */
    private void pregnancyTest(Subject subject, StudyDefinition definition, SubjectPlan plan, DemoRefusals refusals) {
        if (definition.dosing() == null || definition.dosing().pregnancyTestWithinDays() == null
                || subject.getSex() != org.vigia.shared.clinical.Sex.FEMALE || plan.administrations().isEmpty()) {
            return;
        }
        Optional<org.vigia.form.definition.FormDefinition> form = formLibrary.library().forProcedure("PREGNANCY_TEST");
        Optional<String> visit = definition.visits().stream().filter(v -> v.procedures().contains("PREGNANCY_TEST"))
                .map(org.vigia.study.definition.VisitDefinition::code).findFirst();
        if (form.isEmpty() || visit.isEmpty()) {
            return;
        }
        LocalDate first = plan.administrations().stream().map(PlannedAdministration::date).min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate on = first.minusDays(2);
        on = on.isBefore(plan.consentDate()) ? plan.consentDate() : on;
        on = on.isAfter(LocalDate.now()) ? LocalDate.now() : on;
        LocalDate day = on;
        DemoForms.values(form.get(), plan, plan.screeningNumber(), visit.get(), day,
                new java.util.Random(plan.story().treatmentSeed() ^ 0x9E7)).ifPresent(values ->
                step(refusals, "pregnancy test", () -> investigator.enterForm(subject.getId(), visit.get(),
                        form.get().oid(), values)));
    }

    /** Enters, at one visit, the defined form of each procedure it lists that {@link DemoForms} fills. */
    private void enterForms(Long subjectId, SubjectPlan plan, String visitCode, List<String> procedures, LocalDate on,
                            java.util.Set<String> saved, java.util.Random random, DemoRefusals refusals) {
        for (String procedure : procedures) {
            Optional<org.vigia.form.definition.FormDefinition> form = formLibrary.library().forProcedure(procedure);
            if (form.isEmpty() || form.get().anyVisit()) {
                continue;
            }
            if (saved.contains(visitCode + "/" + form.get().oid())) {
                continue; // entered before the first dose (the pregnancy test)
            }
            DemoForms.values(form.get(), plan, plan.screeningNumber(), visitCode, on, random).ifPresent(values ->
                    step(refusals, "form " + form.get().oid(),
                            () -> investigator.enterForm(subjectId, visitCode, form.get().oid(), values)));
        }
    }

    /**
     * What a site records at the visits the course above leaves open: for each visit whose window has closed, the
     * procedures it asks for that have no record yet, dated in its window (not after the death): a blood count
     * (BLOOD_COUNT, LABS), the weekly radiotherapy skin and mucosa check (grades of the subject's mucositis and
     * dermatitis on that day), the survival contact (SURVIVAL_STATUS, and the safety follow-up), the defined forms it
     * asks for ({@link DemoForms}, a paper form entered late); a visit with no
     * procedure Vigia records gets its date typed (about 1 in 25 marked not done, with a reason). A visit whose
     * missing procedure cannot be recorded after the fact (a dose, a fraction, a scan) is marked not done with the
     * reason when nothing of it is recorded. About half of the visits whose window closed in the last four weeks are
     * left open (overdue), as a site that has not caught up yet.
     */
    private void completeVisits(Long subjectId, SubjectPlan plan, DemoRefusals refusals) {
        List<org.vigia.subject.VisitScheduleService.ScheduledVisit> schedule;
        try {
            schedule = visits.schedule(subjectId);
        } catch (RuntimeException e) {
            refusals.count("visit schedule", e.getMessage());
            return;
        }
        java.util.Random random = new java.util.Random(plan.story().treatmentSeed() ^ 0x7151);
        LocalDate today = LocalDate.now();
        LocalDate progression = plan.progressionDate();
        for (var v : schedule) {
            if (!org.vigia.subject.VisitStatus.OVERDUE.name().equals(v.status())) {
                continue;
            }
            var p = v.planned();
            if (plan.deathDate() != null && p.targetDate().isAfter(plan.deathDate())) {
                continue; // not applicable once the death is recorded
            }
            if (!p.latest().isBefore(today.minusDays(28)) && random.nextDouble() < 0.5) {
                continue; // not caught up yet
            }
            LocalDate last = min(min(p.latest(), today), plan.deathDate() == null ? today : plan.deathDate().minusDays(1));
            LocalDate first = p.earliest().isBefore(plan.enrolledOn()) ? plan.enrolledOn() : p.earliest();
            if (last.isBefore(first)) {
                continue;
            }
            LocalDate target = p.targetDate().isBefore(first) ? first : p.targetDate().isAfter(last) ? last : p.targetDate();
            int jitter = random.nextInt(3) - 1;
            LocalDate date = target.plusDays(jitter);
            if (date.isBefore(first) || date.isAfter(last)) {
                date = target;
            }
            Map<String, String> required = org.vigia.subject.VisitProcedures.required(p.procedures(),
                    formLibrary.procedures());
            Set<String> byRecord = new java.util.LinkedHashSet<>();
            v.missing().forEach(m -> byRecord.add(required.getOrDefault(m, m)));
            boolean anything = v.dateFromData();
            if (required.isEmpty()) {
                LocalDate on = date;
                if (random.nextDouble() < 0.04) {
                    step(refusals, "visit not done", () -> visits.markNotDone(subjectId, p.code(), v.version(),
                            notDoneReason(p.procedures(), random)));
                } else {
                    step(refusals, "visit date", () -> visits.recordVisit(subjectId, p.code(), v.version(), on, null));
                }
                continue;
            }
            boolean recordable = byRecord.stream().allMatch(r -> r.equals(org.vigia.subject.VisitProcedures.LABS)
                    || r.equals(org.vigia.subject.VisitProcedures.RT_CHECK) || r.equals(org.vigia.subject.VisitProcedures.SURVIVAL_STATUS)
                    || formLibrary.procedures().contains(r));
            if (!recordable) {
                if (!anything) {
                    String reason = byRecord.contains(org.vigia.subject.VisitProcedures.TUMOUR_ASSESSMENT) && progression != null
                            && !p.targetDate().isBefore(progression)
                            ? "No further tumour assessment after the progression of " + progression
                            : byRecord.contains(org.vigia.subject.VisitProcedures.TUMOUR_ASSESSMENT)
                            ? "Scan not performed: patient unable to attend" : "Not given: treatment held";
                    step(refusals, "visit not done", () -> visits.markNotDone(subjectId, p.code(), v.version(), reason));
                }
                continue;
            }
            for (String record : byRecord) {
                LocalDate on = date;
                switch (record) {
                    case org.vigia.subject.VisitProcedures.LABS -> step(refusals, "visit lab", () -> bloodCount(subjectId, p.code(), on, random));
                    case org.vigia.subject.VisitProcedures.RT_CHECK -> step(refusals, "RT skin and mucosa check", () -> {
                        var settings = radiotherapyChecks.settings(subjectId).orElseThrow();
                        int week = Math.max(1, Math.min(p.occurrence(), settings.maxWeek() == null ? 10 : settings.maxWeek()));
                        int maxGrade = settings.maxGrade() == null ? 4 : settings.maxGrade();
                        int mucositis = Math.min(maxGrade, gradeOn(plan, settings.mucositisTerm(), on));
                        int dermatitis = Math.min(maxGrade, gradeOn(plan, settings.dermatitisTerm(), on));
                        // the RTOG grade, where the study asks for it, as the CTCAE one (the scales run alike, 0-4)
                        radiotherapyChecks.record(subjectId, on, week, mucositis, dermatitis,
                                settings.rtog() ? mucositis : null, settings.rtog() ? dermatitis : null);
                    });
                    case org.vigia.subject.VisitProcedures.SURVIVAL_STATUS -> step(refusals, "visit contact",
                            () -> followUp.recordContact(subjectId, on, FollowUpContact.SurvivalStatus.ALIVE, null, null, null, null));
                    default -> enterForms(subjectId, plan, p.code(), List.of(record), on, java.util.Set.of(), random,
                            refusals); // a missing procedure: its form is not saved complete
                }
            }
        }
    }

    /** A blood count within the normal ranges (no lab-based AE proposal), attached to the visit. */
    private void bloodCount(Long subjectId, String visitCode, LocalDate on, java.util.Random random) {
        labs.record(subjectId, LabTest.ANC, on, visitCode, BigDecimal.valueOf(2.5 + random.nextDouble() * 3)
                .setScale(2, java.math.RoundingMode.HALF_UP), "10^9/L", false);
        labs.record(subjectId, LabTest.PLT, on, visitCode, BigDecimal.valueOf(170 + random.nextInt(180)), "10^9/L", false);
        labs.record(subjectId, LabTest.HGB, on, visitCode, BigDecimal.valueOf(13.6 + random.nextDouble() * 1.3)
                .setScale(1, java.math.RoundingMode.HALF_UP), "g/dL", false);
    }

    /** The grade of the subject's adverse event of {@code term} on a day (0: none going on). */
    private static int gradeOn(SubjectPlan plan, String term, LocalDate day) {
        int grade = 0;
        for (PlannedAdverseEvent e : plan.adverseEvents()) {
            if (!e.term().equalsIgnoreCase(term) || e.onset().isAfter(day) || e.end() != null && e.end().isBefore(day)) {
                continue;
            }
            int g = e.grade();
            for (GradeStep s : e.steps()) {
                if (!s.since().isAfter(day)) {
                    g = s.grade();
                }
            }
            grade = Math.max(grade, g);
        }
        return grade;
    }

    private static String notDoneReason(List<String> procedures, java.util.Random random) {
        if (procedures.contains("BIOSAMPLE")) {
            return random.nextBoolean() ? "Patient declined the blood sample" : "Sample not collected: kit not available";
        }
        if (procedures.contains("RT_PLANNING_CT")) {
            return "Planning CT done at the referring hospital, no date available";
        }
        return random.nextBoolean() ? "Patient unable to attend" : "Visit missed: patient did not attend";
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** What the entry of one subject's course keeps track of: what was given when, the open lab-based AEs. */
    private static final class Course {
        final Long subjectId;
        final SubjectPlan plan;
        final DemoRefusals refusals;
        final List<AdverseEventDetails.Attribution> agents;
        final Timeline timeline = new Timeline();
        /** Agent id (or {@link AdverseEventAttribution#RADIOTHERAPY}) → first date given. */
        final Map<String, LocalDate> firstGiven = new java.util.HashMap<>();
        /** Phase|cycle of cycles whose day 1 was not given: their later days are not given either. */
        final Set<String> skippedCycles = new java.util.HashSet<>();
        final java.util.Random random;

        Course(Long subjectId, SubjectPlan plan, DemoRefusals refusals, List<AdverseEventDetails.Attribution> agents) {
            this.subjectId = subjectId;
            this.plan = plan;
            this.refusals = refusals;
            this.agents = agents;
            this.random = new java.util.Random(plan.story().treatmentSeed() ^ 0x5AE);
        }

        /**
         * Causality as the investigator judges it at onset: to an agent the subject had received on or before the
         * onset, possible when the event is treatment-related and unlikely otherwise; to an agent not yet received
         * (or never: a subject never dosed), unrelated.
         */
        List<AdverseEventDetails.Attribution> attributions(LocalDate onset, boolean related, int grade) {
            List<AdverseEventDetails.Attribution> out = new ArrayList<>();
            for (AdverseEventDetails.Attribution a : agents) {
                LocalDate first = firstGiven.get(a.agentId());
                boolean exposed = first != null && !first.isAfter(onset);
                out.add(new AdverseEventDetails.Attribution(a.agentId(), a.agentName(),
                        !exposed ? Causality.UNRELATED : related ? Causality.POSSIBLE : Causality.UNLIKELY,
                        !exposed ? ActionTaken.NOT_APPLICABLE
                                : grade >= 3 ? ActionTaken.DRUG_INTERRUPTED : ActionTaken.DOSE_NOT_CHANGED));
            }
            return out;
        }
    }

    /**
     * A planned adverse event: recorded ongoing at onset (a serious one reported), each grade change on its date, and
     * its end (recovered; or, for a subject who died, not recovered on the death date, fatal when its last grade is 5).
     */
    private void plannedEvent(Course course, PlannedAdverseEvent ae, LocalDate withdrawnOn) {
        Long[] id = new Long[1];
        List<AdverseEventDetails.Attribution>[] causality = new List[1];
        int[] grade = {ae.grade()};
        course.timeline.at(ae.onset(), Timeline.NEW_EVENTS, () -> step(course.refusals, "AE", () -> {
            causality[0] = course.attributions(ae.onset(), ae.related(), ae.worstGrade());
            AdverseEvent recorded = adverseEvents.record(course.subjectId,
                    details(ae, ae.grade(), null, null, null, causality[0]));
            id[0] = recorded.getId();
            if (recorded.isSerious()) {
                reportSae(course, recorded);
            }
        }));
        PartialDate[] foldedSince = {null};
        for (GradeStep s : ae.steps()) {
            if (ae.end() != null && !s.since().isBefore(ae.end())) {
                foldedSince[0] = PartialDate.of(s.since());
                continue;
            }
            course.timeline.at(s.since(), Timeline.NEW_EVENTS, () -> {
                if (id[0] != null) {
                    step(course.refusals, "AE grade change", () -> adverseEvents.update(id[0],
                            adverseEvents.get(id[0]).getVersion(),
                            details(ae, s.grade(), PartialDate.of(s.since()), null, null, causality[0]),
                            (s.grade() > grade[0] ? "Worsened to grade " : "Improved to grade ") + s.grade()));
                    grade[0] = s.grade();
                }
            });
        }
        if (withdrawnOn != null) {
            // the event that stops the treatment: on the day of the discontinuation, the investigator records the
            // action taken "drug withdrawn" for the agents the subject had received (before the event's end, if
            // it ends that day)
            course.timeline.at(withdrawnOn, Timeline.RESOLUTIONS, () -> {
                if (id[0] != null) {
                    step(course.refusals, "AE leading to discontinuation", () -> {
                        causality[0] = withdrawn(causality[0]);
                        adverseEvents.update(id[0], adverseEvents.get(id[0]).getVersion(),
                                details(ae, grade[0], null, null, null, causality[0]),
                                "Study treatment permanently discontinued for this event");
                    });
                } else {
                    course.refusals.count("AE leading to discontinuation", "the event was not recorded");
                }
            });
        }
        if (ae.end() != null) {
            AeOutcome outcome = ae.fatal() ? AeOutcome.FATAL
                    : ae.endedByDeath() ? AeOutcome.NOT_RECOVERED_NOT_RESOLVED : AeOutcome.RECOVERED_RESOLVED;
            course.timeline.at(ae.end(), Timeline.RESOLUTIONS, () -> {
                if (id[0] != null) {
                    step(course.refusals, "AE resolution", () -> adverseEvents.update(id[0],
                            adverseEvents.get(id[0]).getVersion(),
                            details(ae, ae.lastGrade(), foldedSince[0], ae.end(), outcome, causality[0]),
                            ae.fatal() ? "Fatal outcome" : ae.endedByDeath() ? "Not resolved at death" : "Resolved"));
                }
            });
        }
    }

    /**
     * The adverse event that a discontinuation for an adverse event follows: among the subject's events of grade 3
     * or more going on at the discontinuation date, the related one that started last (the planner stops the
     * treatment two days after a grade 3 event); null when the treatment did not end for an adverse event.
     */
    static PlannedAdverseEvent discontinuationCause(SubjectPlan plan) {
        if (plan.treatmentEndReason() != org.vigia.followup.TreatmentEnd.Reason.ADVERSE_EVENT || plan.treatmentEndDate() == null) {
            return null;
        }
        LocalDate end = plan.treatmentEndDate();
        return plan.adverseEvents().stream()
                .filter(e -> !e.onset().isAfter(end) && (e.end() == null || !e.end().isBefore(end)) && e.worstGrade() >= 3)
                .max(java.util.Comparator.comparing((PlannedAdverseEvent e) -> e.related())
                        .thenComparing(PlannedAdverseEvent::onset)).orElse(null);
    }

    /**
     * The attributions with the action "drug withdrawn" for each agent the subject had received (radiotherapy too
     * when it is the only treatment received).
     */
    static List<AdverseEventDetails.Attribution> withdrawn(List<AdverseEventDetails.Attribution> attributions) {
        boolean drugs = attributions.stream().anyMatch(a -> a.actionTaken() != ActionTaken.NOT_APPLICABLE
                && !AdverseEventAttribution.RADIOTHERAPY.equals(a.agentId()));
        return attributions.stream().map(a -> a.actionTaken() == ActionTaken.NOT_APPLICABLE
                || drugs && AdverseEventAttribution.RADIOTHERAPY.equals(a.agentId()) ? a
                : new AdverseEventDetails.Attribution(a.agentId(), a.agentName(), a.causality(), ActionTaken.DRUG_WITHDRAWN))
                .toList();
    }

    /**
     * The initial SAE report through the SAE workflow: mostly within the 24 hours after the site became aware (2-20
     * hours), now and then a few hours late (about one in twenty); never after now.
     */
    private void reportSae(Course course, AdverseEvent ae) {
        double r = course.random.nextDouble();
        long minutes = r < 0.95 ? 120 + course.random.nextInt(18 * 60) : 25 * 60 + course.random.nextInt(24 * 60);
        Instant at = ae.getAwarenessAt().plusSeconds(60 * minutes);
        Instant latest = Instant.now().minusSeconds(5);
        Instant sent = at.isAfter(latest) ? latest : at;
        step(course.refusals, "SAE report", () -> adverseEvents.initialReportSent(ae.getId(), ae.getVersion(), sent));
    }

    /** An open AE confirmed from a lab-based proposal. */
    private static final class LabEpisode {
        final long aeId;
        final ProposedAdverseEvent proposal;
        int grade;
        final List<AdverseEventDetails.Attribution> causality;

        LabEpisode(long aeId, ProposedAdverseEvent proposal, List<AdverseEventDetails.Attribution> causality) {
            this.aeId = aeId;
            this.proposal = proposal;
            this.grade = proposal.getGrade();
            this.causality = causality;
        }
    }

    /**
     * The investigator's decisions on the subject's lab-based AE proposals, on each lab draw's date (see
     * {@link #treat}); an AE confirmed from a proposal still going on when the subject dies ends on the death date.
     */
    private void labDecisions(Course course) {
        List<ProposedAdverseEvent> pending;
        try {
            pending = proposals.forSubject(course.subjectId).stream()
                    .filter(p -> p.getStatus() == ProposedAdverseEvent.Status.PENDING).toList();
        } catch (RuntimeException e) {
            course.refusals.count("AE proposals", e.getMessage());
            return;
        }
        java.util.TreeMap<LocalDate, List<ProposedAdverseEvent>> byDate = new java.util.TreeMap<>();
        pending.forEach(p -> byDate.computeIfAbsent(p.getCollectedOn(), d -> new ArrayList<>()).add(p));
        java.util.TreeSet<LocalDate> draws = new java.util.TreeSet<>();
        course.plan.labs().stream().filter(l -> !l.baseline()).forEach(l -> draws.add(l.collectedOn()));
        Map<String, LabEpisode> open = new java.util.LinkedHashMap<>();
        for (LocalDate draw : draws) {
            List<ProposedAdverseEvent> today = byDate.getOrDefault(draw, List.of());
            course.timeline.at(draw, Timeline.RESOLUTIONS, () -> decide(course, draw, today, open));
        }
        if (course.plan.deathDate() != null) {
            course.timeline.at(course.plan.deathDate(), Timeline.RESOLUTIONS, () -> {
                for (LabEpisode e : List.copyOf(open.values())) {
                    closeLabEpisode(course, e, course.plan.deathDate(), AeOutcome.NOT_RECOVERED_NOT_RESOLVED,
                            "Not resolved at death");
                }
                open.clear();
            });
        }
    }

    private void decide(Course course, LocalDate draw, List<ProposedAdverseEvent> today, Map<String, LabEpisode> open) {
        Set<String> terms = new java.util.HashSet<>();
        today.forEach(p -> terms.add(p.getTerm()));
        for (LabEpisode e : List.copyOf(open.values())) {
            if (!terms.contains(e.proposal.getTerm())) {
                closeLabEpisode(course, e, draw, AeOutcome.RECOVERED_RESOLVED, "Resolved");
                open.remove(e.proposal.getTerm());
            }
        }
        List<ProposedAdverseEvent> sorted = new ArrayList<>(today);
        sorted.sort(java.util.Comparator.comparingInt(ProposedAdverseEvent::getGrade).reversed());
        for (ProposedAdverseEvent p : sorted) {
            LabEpisode episode = open.get(p.getTerm());
            if (episode != null) {
                if (p.getGrade() != episode.grade) {
                    int before = episode.grade;
                    step(course.refusals, "AE grade change", () -> adverseEvents.update(episode.aeId,
                            adverseEvents.get(episode.aeId).getVersion(),
                            labDetails(episode, p.getGrade(), PartialDate.of(draw), null, null),
                            (p.getGrade() > before ? "Worsened to grade " : "Improved to grade ") + p.getGrade()
                                    + " (lab result of " + draw + ")"));
                    episode.grade = p.getGrade();
                }
                step(course.refusals, "AE proposal", () -> investigator.dismiss(p.getId(), p.getVersion(),
                        "Already recorded: AE " + episode.aeId + " (" + p.getTerm() + ", onset "
                                + episode.proposal.getCollectedOn() + "), now grade " + episode.grade));
            } else if (p.getGrade() >= 2) {
                step(course.refusals, "AE proposal", () -> {
                    AdverseEvent ae = investigator.confirm(p.getId(), p.getVersion());
                    LabEpisode confirmed = new LabEpisode(ae.getId(), p,
                            course.attributions(p.getCollectedOn(), true, p.getGrade()));
                    open.put(p.getTerm(), confirmed);
                    adverseEvents.update(ae.getId(), adverseEvents.get(ae.getId()).getVersion(),
                            labDetails(confirmed, confirmed.grade, null, null, null), "Causality assessed");
                });
            } else {
                step(course.refusals, "AE proposal", () -> investigator.dismiss(p.getId(), p.getVersion(),
                        "Grade 1, not clinically significant"));
            }
        }
    }

    private void closeLabEpisode(Course course, LabEpisode e, LocalDate end, AeOutcome outcome, String reason) {
        step(course.refusals, "AE resolution", () -> adverseEvents.update(e.aeId, adverseEvents.get(e.aeId).getVersion(),
                labDetails(e, e.grade, null, end, outcome), reason));
    }

    /** A lab-based AE as the investigator completes it: the proposal's term, onset and grade, not serious. */
    private static AdverseEventDetails labDetails(LabEpisode e, int grade, PartialDate since, LocalDate end,
                                                  AeOutcome outcome) {
        return new AdverseEventDetails(e.proposal.getMeddraCode(), null, PartialDate.of(e.proposal.getCollectedOn()),
                end == null ? null : PartialDate.of(end), end == null, grade, since, false, Set.of(), null,
                e.causality, end == null ? AeOutcome.NOT_RECOVERED_NOT_RESOLVED : outcome, false, null, null, null);
    }

    /** Actions by date; on one date, resolutions of adverse events, then treatment, then new adverse events. */
    private static final class Timeline {
        static final int RESOLUTIONS = 0;
        static final int TREATMENT = 1;
        static final int NEW_EVENTS = 2;
        private final java.util.TreeMap<LocalDate, List<List<Runnable>>> actions = new java.util.TreeMap<>();

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

    /**
     * One treatment day: radiotherapy fractions, and each drug as the dosing sheet recommends (given, or held). A
     * cycle whose pre-cycle labs do not allow it on its planned day is not given (the planner delays the cycles whose
     * labs fail, so this is counted as a refusal), nor are its later days.
     */
    private void administer(Course course, StudyDefinition definition, List<PlannedAdministration> group) {
        PlannedAdministration first = group.get(0);
        SubjectPlan plan = course.plan;
        List<PlannedAdministration> drugs = new ArrayList<>();
        for (PlannedAdministration a : group) {
            var rt = definition.findRadiotherapyCourse(a.agentId());
            if (rt.isPresent()) {
                step(course.refusals, "radiotherapy fraction", () -> {
                    radiotherapy.recordFraction(course.subjectId, a.agentId(), a.date(), rt.get().dosePerFractionGy(), Set.of());
                    course.firstGiven.merge(AdverseEventAttribution.RADIOTHERAPY, a.date(), (x, y) -> x.isBefore(y) ? x : y);
                });
            } else {
                drugs.add(a);
            }
        }
        String cycle = first.phaseId() + "|" + first.cycle();
        if (drugs.isEmpty() || course.skippedCycles.contains(cycle)) {
            return;
        }
        step(course.refusals, "dosing day", () -> {
            var sheet = dosing.sheet(course.subjectId, first.phaseId(), first.cycle(), first.day(), first.date(),
                    plan.heightCm(), plan.weightKg());
            if (sheet.agents().stream().anyMatch(line -> line.gated() && line.gate() != null && !line.gate().go())) {
                course.skippedCycles.add(cycle);
                course.refusals.count("dosing day", "the pre-cycle labs do not allow the cycle on its planned day: not given");
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
                dosing.record(course.subjectId, new AdministrationEntry(line.agent().id(), first.phaseId(), first.cycle(),
                        first.day(), first.date(), give ? TreatmentAdministration.Status.GIVEN : TreatmentAdministration.Status.NOT_GIVEN,
                        give ? null : "Held as recommended: " + heldBecause(line),
                        give ? line.recommendedPercent() : null, give ? line.recommendation().recommendedDoseMg() : null,
                        plan.heightCm(), plan.weightKg(), start, stop, null, false, null, null, null));
                if (give) {
                    course.firstGiven.merge(line.agent().id(), first.date(), (x, y) -> x.isBefore(y) ? x : y);
                }
            }
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

    /** The AE as entered: at onset (ongoing), at a grade change, or at its end (with the end date and outcome). */
    private AdverseEventDetails details(PlannedAdverseEvent ae, int grade, PartialDate gradeSince, LocalDate end,
                                        AeOutcome outcome, List<AdverseEventDetails.Attribution> attributions) {
        boolean fatal = outcome == AeOutcome.FATAL;
        return new AdverseEventDetails(terminology.ctcae().getByTerm(ae.term()).meddraCode(), null, PartialDate.of(ae.onset()),
                end == null ? null : PartialDate.of(end), end == null, grade, gradeSince, ae.serious(),
                !ae.serious() ? Set.of() : fatal ? Set.of(SeriousnessCriterion.HOSPITALISATION, SeriousnessCriterion.DEATH)
                        : Set.of(SeriousnessCriterion.HOSPITALISATION),
                ae.serious() ? awareness(ae.onset()) : null, attributions,
                outcome == null ? AeOutcome.NOT_RECOVERED_NOT_RESOLVED : outcome,
                ae.immuneRelated(), ae.immuneCategory() == null ? null : category(ae.immuneCategory()),
                ae.worstGrade() >= 3 && ae.immuneRelated() ? "Prednisolone 1 mg/kg/day" : null, null);
    }

    /**
     * The site learns of a serious event the day after onset at 10:00 UTC (not later than an hour before the start of
     * the current hour, so that an update of the event gives the same time).
     */
    private static Instant awareness(LocalDate onset) {
        Instant dayAfter = onset.plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
        Instant hour = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minusSeconds(3600);
        return dayAfter.isAfter(hour) ? hour : dayAfter;
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
