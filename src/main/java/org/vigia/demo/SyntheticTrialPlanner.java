package org.vigia.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.vigia.terminology.CtcaeDictionary;
import org.vigia.terminology.CtcaeTerm;
import org.vigia.demo.TrialPlan.Lesion;
import org.vigia.demo.TrialPlan.PlannedAdministration;
import org.vigia.demo.TrialPlan.PlannedAdverseEvent;
import org.vigia.demo.TrialPlan.PlannedAssessment;
import org.vigia.demo.TrialPlan.PlannedLab;
import org.vigia.demo.TrialPlan.Story;
import org.vigia.followup.DiseaseEvent;
import org.vigia.followup.FollowUpContact;
import org.vigia.followup.TreatmentEnd;
import org.vigia.demo.TrialPlan.SubjectPlan;
import org.vigia.study.definition.AgentClass;
import org.vigia.study.definition.AllocationMethod;
import org.vigia.study.definition.Administration;
import org.vigia.study.definition.Arm;
import org.vigia.study.definition.PhaseStart;
import org.vigia.study.definition.StratificationFactor;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.TreatmentPhase;

/**
 * Plans a realistic, reproducible synthetic trial from a study definition and a seed: screening with about 15 %
 * screen failures, enrolment spread over the accrual period up to the data date, treatment cycles of the
 * subject's arm until progression, unacceptable toxicity, death or the planned end, labs before each cycle,
 * adverse events (head-and-neck immunotherapy + radiotherapy spectrum: neutropenia, oral mucositis, radiation
 * dermatitis, fatigue, hypothyroidism, pneumonitis ... mostly grade 1-2), tumour assessments with responses and
 * progressions, and survival. Same seed and definition, same plan.
 * <p>
 * Everything trial-specific comes from the definition: arms, phases, agents, strata, assessment interval, lesion
 * irradiation categories (when the study splits ORR by irradiation), and the event times. Event times are
 * exponential: the median progression-free time is 1.25 × the landmark of a time-to-event primary endpoint (a
 * curative-intent trial such as a 2-year EFS primary endpoint) and 6 months otherwise (recurrent/metastatic HNSCC);
 * survival after progression has a median of 9 months. The sites are the ones the study is open at.
 */
public final class SyntheticTrialPlanner {

    /** Term, weight, immune-related category (null: not immune-related), agent class that drives it. */
    private record TermWeight(String term, double weight, String immuneCategory, AgentClass driver) {
    }

    private static final List<TermWeight> TERMS = List.of(
            new TermWeight("Neutrophil count decreased", 9, null, AgentClass.CHEMOTHERAPY),
            new TermWeight("Anemia", 7, null, AgentClass.CHEMOTHERAPY),
            new TermWeight("Nausea", 6, null, AgentClass.CHEMOTHERAPY),
            new TermWeight("Mucositis oral", 9, null, AgentClass.RADIOTHERAPY),
            new TermWeight("Dermatitis radiation", 8, null, AgentClass.RADIOTHERAPY),
            new TermWeight("Dysphagia", 5, null, AgentClass.RADIOTHERAPY),
            new TermWeight("Fatigue", 10, null, null),
            new TermWeight("Anorexia", 5, null, null),
            new TermWeight("Weight loss", 4, null, null),
            new TermWeight("Hypothyroidism", 6, "THYROID", AgentClass.IMMUNOTHERAPY),
            new TermWeight("Pneumonitis", 2.5, "PNEUMONITIS", AgentClass.IMMUNOTHERAPY),
            new TermWeight("Rash maculo-papular", 4, "SKIN", AgentClass.IMMUNOTHERAPY),
            new TermWeight("Pruritus", 3, "SKIN", AgentClass.IMMUNOTHERAPY),
            new TermWeight("Alanine aminotransferase increased", 3, "HEPATITIS", AgentClass.IMMUNOTHERAPY),
            new TermWeight("Colitis", 1, "COLITIS", AgentClass.IMMUNOTHERAPY),
            new TermWeight("Diarrhea", 4, null, null),
            new TermWeight("Hypertension", 3, null, null),
            new TermWeight("Proteinuria", 2, null, null),
            new TermWeight("Infusion related reaction", 2, null, AgentClass.IMMUNOTHERAPY),
            new TermWeight("Platelet count decreased", 3, null, AgentClass.CHEMOTHERAPY));

    private static final String[] ORGANS = {"LYMPH_NODE", "LUNG", "LIVER", "HEAD_AND_NECK", "SOFT_TISSUE"};

    private final CtcaeDictionary dictionary;

    public SyntheticTrialPlanner(CtcaeDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * @param enrolTarget subjects to enrol (screened subjects are about 15 % more)
     * @param accrualStart first screening date; enrolment is spread evenly up to 6 weeks before {@code dataDate}
     */
    public TrialPlan plan(StudyDefinition def, long seed, int enrolTarget, LocalDate accrualStart, LocalDate dataDate,
                          List<String> siteCodes) {
        return plan(def, seed, enrolTarget, accrualStart, dataDate, siteCodes, 0);
    }

    /**
     * As {@link #plan(StudyDefinition, long, int, LocalDate, LocalDate, List)}, numbering the screened subjects from
     * {@code alreadyScreened + 1} (a study that already has subjects gets new screening numbers).
     */
    public TrialPlan plan(StudyDefinition def, long seed, int enrolTarget, LocalDate accrualStart, LocalDate dataDate,
                          List<String> siteCodes, int alreadyScreened) {
        if (siteCodes.isEmpty()) {
            throw new IllegalArgumentException(def.registryId() + " is open at no site");
        }
        Random random = new Random(seed ^ def.registryId().hashCode());
        List<SubjectPlan> subjects = new ArrayList<>();
        long accrualDays = Math.max(30, ChronoUnit.DAYS.between(accrualStart, dataDate.minusWeeks(6)));
        String[] sites = siteCodes.toArray(String[]::new);
        int enrolled = 0;
        int index = alreadyScreened;
        double pfsMedianMonths = medianProgressionFreeMonths(def);
        int[] ages = DemoEligibility.ageRange(def);
        while (enrolled < enrolTarget) {
            index++;
            double fraction = (double) enrolled / Math.max(1, enrolTarget);
            LocalDate screened = accrualStart.plusDays((long) (fraction * accrualDays) + random.nextInt(5));
            String site = sites[random.nextInt(sites.length)];
            String sex = random.nextDouble() < 0.78 ? "M" : "F";
            // Subject.ageOn counts whole years before the screening year: age = year - birthYear - 1
            int birthYear = screened.getYear() - 1 - (ages[0] + random.nextInt(ages[1] - ages[0] + 1));
            String screeningNumber = "SCR-" + def.registryId().substring(3) + "-" + String.format("%05d", index);
            LocalDate consent = screened.minusDays(random.nextInt(4));
            if (random.nextDouble() < 0.15) {
                subjects.add(new SubjectPlan(index, site, screeningNumber, sex, birthYear, consent, screened,
                        pick(random, "ECOG performance status 2", "Inadequate organ function (ANC below threshold)",
                                "Prior systemic therapy for recurrent disease", "Active hepatitis B (HBV DNA above threshold)"),
                        null, null, Map.of(), null, null, null, 0, List.of(), List.of(), List.of(), List.of(),
                        null, null, null, null, null, null, screened, null));
                continue;
            }
            enrolled++;
            LocalDate enrolledOn = screened.plusDays(3 + random.nextInt(10));
            if (enrolledOn.isAfter(dataDate)) {
                enrolledOn = dataDate;
            }
            Arm arm = chooseArm(def, random);
            String assignedArm = def.allocation() != null && def.allocation().method() == AllocationMethod.INVESTIGATOR_ASSIGNED ? arm.id() : null;
            Map<String, String> strata = strata(def, random);
            int ecog = random.nextDouble() < 0.55 ? 0 : 1;
            BigDecimal height = BigDecimal.valueOf(sex.equals("M") ? 160 + random.nextInt(26) : 150 + random.nextInt(21));
            BigDecimal weight = BigDecimal.valueOf(45 + random.nextInt(45) + (sex.equals("M") ? 8 : 0));

            List<PlannedLab> baselineLabs = baselineLabs(random, enrolledOn.minusDays(2));
            LocalDate progression = enrolledOn.plusDays(exponentialDays(random, pfsMedianMonths));
            LocalDate death = progression.plusDays(exponentialDays(random, 9));
            boolean toxicStop = random.nextDouble() < 0.06;
            long treatmentSeed = random.nextLong();
            List<PlannedAssessment> assessments = assessments(def, random, enrolledOn, progression, death, dataDate);
            boolean dead = !death.isAfter(dataDate);
            boolean progressed = !progression.isAfter(dataDate);
            FollowUpContact.DeathCause deathCause = dead ? (random.nextDouble() < 0.85 ? FollowUpContact.DeathCause.DISEASE
                    : FollowUpContact.DeathCause.ADVERSE_EVENT) : null;
            LocalDate lastContact = dead ? death : dataDate.minusDays(random.nextInt(30));
            SubjectPlan subject = new SubjectPlan(index, site, screeningNumber, sex, birthYear, consent, screened, null,
                    arm.id(), assignedArm, strata, enrolledOn, height, weight, ecog, baselineLabs, List.of(), List.of(),
                    assessments, progressed ? progression : null,
                    progressed ? DiseaseEvent.Extent.valueOf(pick(random, "LOCAL", "REGIONAL", "DISTANT")) : null, dead ? death : null, deathCause,
                    null, null, lastContact, new Story(progression, death, toxicStop, treatmentSeed));
            subjects.add(forArm(def, subject, arm.id(), dataDate));
        }
        return new TrialPlan(def.registryId(), seed, subjects);
    }

    /**
     * The subject's treatment on {@code armId}: cycles of the arm's phases until progression, death, unacceptable
     * toxicity, the data date or the planned end, with labs before each cycle and adverse events. Randomisation
     * happens when the subject is entered, so the generator plans again for the arm the subject was allocated to; the
     * subject's own seed keeps it reproducible (same seed, same arm, same treatment).
     */
    public SubjectPlan forArm(StudyDefinition def, SubjectPlan subject, String armId, LocalDate dataDate) {
        if (subject.screenFailure()) {
            return subject;
        }
        Story story = subject.story();
        Arm arm = def.arms().stream().filter(a -> a.id().equals(armId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Arm '" + armId + "' is not in " + def.registryId()));
        Random random = new Random(story.treatmentSeed());
        LocalDate progression = story.progression();
        LocalDate death = story.death();
        List<PlannedLab> labs = new ArrayList<>(subject.labs().stream().filter(PlannedLab::baseline).toList());
        List<PlannedAdministration> administrations = new ArrayList<>();
        List<PlannedAdverseEvent> aes = new ArrayList<>();
        LocalDate phaseStart = subject.enrolledOn().plusDays(3 + random.nextInt(5));
        LocalDate treatmentEnd = null;
        TreatmentEnd.Reason endReason = null;
        LocalDate stop = min(min(progression, death), dataDate);
        Map<String, LocalDate> starts = new java.util.HashMap<>();
        Map<String, LocalDate> ends = new java.util.HashMap<>();
        outer:
        for (TreatmentPhase phase : arm.phases()) {
            phaseStart = inStartWindow(phase, phaseStart, subject.enrolledOn(), starts, ends, starts.isEmpty());
            while (phase.administrations().isEmpty() && !phase.radiotherapyCourses().isEmpty()
                    && phaseStart.getDayOfWeek().getValue() > 5) {
                phaseStart = phaseStart.plusDays(1); // a phase of radiotherapy alone starts on its first fraction
            }
            int cycles = phase.isCycled() ? (phase.cycles() != null ? phase.cycles()
                    : (int) Math.ceil((phase.maxDurationMonths() == null ? 24 : phase.maxDurationMonths()) * 30.44 / phase.cycleLengthDays()))
                    : 1;
            int length = phase.isCycled() ? phase.cycleLengthDays() : (phase.durationDays() == null ? 1 : phase.durationDays());
            for (int c = 1; c <= cycles; c++) {
                LocalDate cycleStart = phaseStart.plusDays((long) (c - 1) * length);
                if (!cycleStart.isBefore(stop)) {
                    treatmentEnd = stop;
                    endReason = !progression.isAfter(cycleStart) ? TreatmentEnd.Reason.PROGRESSIVE_DISEASE
                            : !death.isAfter(cycleStart) ? TreatmentEnd.Reason.DEATH : null;
                    break outer;
                }
                labs.addAll(cycleLabs(random, cycleStart.minusDays(1)));
                int percent = 100;
                if (c == 1) {
                    for (String courseId : phase.radiotherapyCourses()) {
                        def.findRadiotherapyCourse(courseId).ifPresent(course -> {
                            LocalDate day = cycleStart;
                            int n = course.fractions() == null ? 1 : course.fractions();
                            for (int f = 1; f <= n; f++) {
                                while (day.getDayOfWeek().getValue() > 5) {
                                    day = day.plusDays(1);
                                }
                                if (day.isBefore(stop)) {
                                    administrations.add(new PlannedAdministration(phase.id(), course.id(), 1, f, day, 100, true, null));
                                }
                                day = day.plusDays(1);
                            }
                        });
                    }
                }
                for (Administration administration : phase.administrations()) {
                    for (int day : administration.dosingDays()) {
                        administrations.add(new PlannedAdministration(phase.id(), administration.agent(), c, day,
                                cycleStart.plusDays(day - 1L), percent, true, null));
                    }
                }
                double perCycle = 1.9;
                int count = poisson(random, perCycle);
                for (int k = 0; k < count; k++) {
                    aes.add(adverseEvent(random, def, cycleStart.plusDays(1 + random.nextInt(Math.max(1, length - 1))), dataDate));
                }
                if (story.toxicStop() && c >= 2 && random.nextDouble() < 0.4) {
                    // stopped a week into the cycle, after the grade 3 pneumonitis (if that week is over by the data date)
                    treatmentEnd = cycleStart.plusDays(7).isAfter(dataDate) ? null : cycleStart.plusDays(7);
                    endReason = treatmentEnd == null ? null : TreatmentEnd.Reason.ADVERSE_EVENT;
                    aes.add(new PlannedAdverseEvent("Pneumonitis", 3, cycleStart.plusDays(5), null, true, true, "PNEUMONITIS", true));
                    break outer;
                }
            }
            starts.put(phase.id(), phaseStart);
            ends.put(phase.id(), phaseStart.plusDays(phase.durationDays() != null ? phase.durationDays() : (long) cycles * length));
            phaseStart = phaseStart.plusDays((long) cycles * length + 7);
        }
        if (treatmentEnd == null && !phaseStart.isAfter(dataDate)) {
            treatmentEnd = phaseStart;
            endReason = TreatmentEnd.Reason.COMPLETED_PER_PROTOCOL;
        }
        aes.removeIf(ae -> ae.onset().isAfter(dataDate));
        // a cycle started before progression, death or the data date gives no dose after them (days 8, 15 ...)
        LocalDate ended = stop;
        administrations.removeIf(a -> a.date().isAfter(dataDate) || ended.isBefore(dataDate) && !a.date().isBefore(ended));
        if (!death.isAfter(dataDate) && subject.deathCause() == FollowUpContact.DeathCause.ADVERSE_EVENT) {
            aes.add(new PlannedAdverseEvent("Pneumonitis", 5, death.minusDays(3), death, true, true, "PNEUMONITIS", true));
        }
        return new SubjectPlan(subject.index(), subject.siteCode(), subject.screeningNumber(), subject.sex(),
                subject.birthYear(), subject.consentDate(), subject.screenedOn(), null, arm.id(), subject.assignedArm(),
                subject.strata(), subject.enrolledOn(), subject.heightCm(), subject.weightKg(), subject.ecog(), labs,
                administrations, aes, subject.assessments(), subject.progressionDate(), subject.progressionSite(),
                subject.deathDate(), subject.deathCause(), treatmentEnd, endReason, subject.lastContactDate(), story);
    }

    /**
     * The phase's first day inside its start window (anchor + minDays..maxDays), as the dosing rules require: the
     * first phase keeps its drawn date when inside, else the nearest bound; a later phase starts at the rule's planned
     * offset (targetDays, else minDays) from its anchor. No rule, or an anchor not planned: {@code proposed}.
     */
    private static LocalDate inStartWindow(TreatmentPhase phase, LocalDate proposed, LocalDate enrolledOn,
                                           Map<String, LocalDate> starts, Map<String, LocalDate> ends,
                                           boolean first) {
        PhaseStart rule = phase.start();
        if (rule == null || rule.anchor() == null) {
            return proposed;
        }
        LocalDate anchor = switch (rule.anchor()) {
            case ENROLMENT -> enrolledOn;
            case PHASE_START -> starts.get(rule.phase());
            case PHASE_END -> ends.get(rule.phase());
            default -> null;
        };
        if (anchor == null) {
            return proposed;
        }
        long offset = first ? ChronoUnit.DAYS.between(anchor, proposed) : rule.plannedOffsetDays();
        offset = Math.max(offset, rule.minDays());
        if (rule.maxDays() != null) {
            offset = Math.min(offset, rule.maxDays());
        }
        return anchor.plusDays(offset);
    }

    private PlannedAdverseEvent adverseEvent(Random random, StudyDefinition def, LocalDate onset, LocalDate dataDate) {
        List<TermWeight> available = TERMS.stream().filter(t -> t.driver() == null || hasAgentClass(def, t.driver())).toList();
        double total = available.stream().mapToDouble(TermWeight::weight).sum();
        double r = random.nextDouble() * total;
        TermWeight chosen = available.get(available.size() - 1);
        for (TermWeight t : available) {
            r -= t.weight();
            if (r <= 0) {
                chosen = t;
                break;
            }
        }
        double g = random.nextDouble();
        int grade = g < 0.55 ? 1 : g < 0.86 ? 2 : g < 0.975 ? 3 : 4;
        CtcaeTerm term = dictionary.getByTerm(chosen.term());
        while (grade > 1 && !term.isGradeDefined(grade)) {
            grade--;
        }
        while (!term.isGradeDefined(grade)) {
            grade++;
        }
        LocalDate end = onset.plusDays(3 + random.nextInt(40));
        boolean serious = grade >= 3 && random.nextDouble() < 0.4;
        return new PlannedAdverseEvent(term.term(), grade, onset, end.isAfter(dataDate) ? null : end, serious,
                chosen.immuneCategory() != null, chosen.immuneCategory(), random.nextDouble() < 0.7);
    }

    private static boolean hasAgentClass(StudyDefinition def, AgentClass agentClass) {
        if (agentClass == AgentClass.RADIOTHERAPY) {
            return !def.radiotherapyCourses().isEmpty();
        }
        return def.agents().stream().anyMatch(a -> a.agentClass() == agentClass);
    }

    private List<PlannedAssessment> assessments(StudyDefinition def, Random random, LocalDate enrolled,
                                                LocalDate progression, LocalDate death, LocalDate dataDate) {
        int weeks = def.responseAssessment() != null && def.responseAssessment().assessmentIntervalWeeks() != null
                ? def.responseAssessment().assessmentIntervalWeeks() : 9;
        int lesions = 2 + random.nextInt(3);
        List<Lesion> baseline = new ArrayList<>();
        List<String> organsUsed = new ArrayList<>();
        for (int i = 0; i < lesions; i++) {
            String organ = ORGANS[random.nextInt(ORGANS.length)];
            if (organsUsed.stream().filter(organ::equals).count() >= 2) {
                organ = "LYMPH_NODE".equals(organ) ? "LUNG" : "LYMPH_NODE";
            }
            organsUsed.add(organ);
            boolean nodal = "LYMPH_NODE".equals(organ);
            int size = nodal ? 15 + random.nextInt(25) : 12 + random.nextInt(45);
            var settings = def.responseAssessment();
            String irradiation = settings != null && settings.orrByLesionIrradiation() && !settings.lesionIrradiationCategories().isEmpty()
                    ? settings.lesionIrradiationCategories().get(random.nextInt(settings.lesionIrradiationCategories().size()))
                    : "NOT_IRRADIATED";
            baseline.add(new Lesion("T" + (i + 1), organ, nodal, size, irradiation));
        }
        List<PlannedAssessment> out = new ArrayList<>();
        out.add(new PlannedAssessment(enrolled.minusDays(5), true, baseline, "PRESENT", "NO"));
        double type = random.nextDouble();
        double depth = type < 0.3 ? -0.35 - random.nextDouble() * 0.65 : type < 0.7 ? -0.15 + random.nextDouble() * 0.25 : 0.1;
        for (int k = 1; ; k++) {
            LocalDate date = enrolled.plusWeeks((long) weeks * k);
            if (date.isAfter(dataDate) || date.isAfter(death)) {
                break;
            }
            boolean progressed = !date.isBefore(progression);
            double change = progressed ? 0.3 + random.nextDouble() * 0.3 : depth * Math.min(1.0, k / 2.0);
            List<Lesion> now = new ArrayList<>();
            for (Lesion l : baseline) {
                int mm = (int) Math.round(l.diameterMm() * (1 + change + (random.nextDouble() - 0.5) * 0.06));
                if (l.nodal() && change <= -0.9) {
                    mm = 6;
                } else if (!l.nodal() && change <= -0.95) {
                    mm = 0;
                }
                now.add(new Lesion(l.id(), l.organ(), l.nodal(), Math.max(0, mm), l.irradiation()));
            }
            out.add(new PlannedAssessment(date, false, now, progressed && random.nextBoolean() ? "UNEQUIVOCAL_PROGRESSION" : "PRESENT",
                    progressed && random.nextDouble() < 0.4 ? "YES" : "NO"));
            if (progressed) {
                break;
            }
        }
        return out;
    }

    private static List<PlannedLab> baselineLabs(Random random, LocalDate on) {
        List<PlannedLab> labs = new ArrayList<>();
        labs.add(lab("ANC", on, 2.0 + random.nextDouble() * 4.5, "10^9/L", true));
        labs.add(lab("PLT", on, 150 + random.nextDouble() * 250, "10^9/L", true));
        labs.add(lab("HGB", on, 11 + random.nextDouble() * 5, "g/dL", true));
        labs.add(lab("ALT", on, 10 + random.nextDouble() * 30, "U/L", true));
        labs.add(lab("AST", on, 12 + random.nextDouble() * 25, "U/L", true));
        labs.add(lab("BILI", on, 5 + random.nextDouble() * 12, "µmol/L", true));
        labs.add(lab("CREAT", on, 55 + random.nextDouble() * 45, "µmol/L", true));
        labs.add(lab("ALB", on, 36 + random.nextDouble() * 10, "g/L", true));
        return labs;
    }

    private static List<PlannedLab> cycleLabs(Random random, LocalDate on) {
        List<PlannedLab> labs = new ArrayList<>();
        double dip = random.nextDouble();
        labs.add(lab("ANC", on, dip < 0.1 ? 0.4 + random.nextDouble() * 1.1 : 1.6 + random.nextDouble() * 4, "10^9/L", false));
        labs.add(lab("PLT", on, dip < 0.05 ? 40 + random.nextDouble() * 50 : 120 + random.nextDouble() * 250, "10^9/L", false));
        labs.add(lab("HGB", on, 8.5 + random.nextDouble() * 6.5, "g/dL", false));
        labs.add(lab("ALT", on, random.nextDouble() < 0.08 ? 45 + random.nextDouble() * 120 : 10 + random.nextDouble() * 30, "U/L", false));
        labs.add(lab("AST", on, 12 + random.nextDouble() * 30, "U/L", false));
        labs.add(lab("CREAT", on, 55 + random.nextDouble() * 70, "µmol/L", false));
        labs.add(lab("BILI", on, 5 + random.nextDouble() * 15, "µmol/L", false));
        return labs;
    }

    /** Labs drawn again after a delayed cycle: counts and liver tests back within the usual pre-cycle limits. */
    static List<PlannedLab> recoveredLabs(Random random, LocalDate on) {
        List<PlannedLab> labs = new ArrayList<>();
        labs.add(lab("ANC", on, 1.8 + random.nextDouble() * 3, "10^9/L", false));
        labs.add(lab("PLT", on, 130 + random.nextDouble() * 200, "10^9/L", false));
        labs.add(lab("HGB", on, 9.5 + random.nextDouble() * 5, "g/dL", false));
        labs.add(lab("ALT", on, 10 + random.nextDouble() * 30, "U/L", false));
        labs.add(lab("AST", on, 12 + random.nextDouble() * 25, "U/L", false));
        labs.add(lab("CREAT", on, 55 + random.nextDouble() * 40, "µmol/L", false));
        labs.add(lab("BILI", on, 5 + random.nextDouble() * 10, "µmol/L", false));
        return labs;
    }

    private static PlannedLab lab(String test, LocalDate on, double value, String unit, boolean baseline) {
        return new PlannedLab(test, on, BigDecimal.valueOf(value).setScale(value < 20 ? 2 : 0, RoundingMode.HALF_UP), unit, baseline);
    }

    private static Arm chooseArm(StudyDefinition def, Random random) {
        return def.arms().get(random.nextInt(def.arms().size()));
    }

    private static Map<String, String> strata(StudyDefinition def, Random random) {
        Map<String, String> strata = new LinkedHashMap<>();
        if (def.allocation() != null && def.allocation().stratificationFactors() != null) {
            for (StratificationFactor f : def.allocation().stratificationFactors()) {
                strata.put(f.id(), f.levels().get(random.nextInt(f.levels().size())).code());
            }
        }
        return strata;
    }

    /** 1.25 × the landmark of a time-to-event primary endpoint, else 6 months. */
    static double medianProgressionFreeMonths(StudyDefinition def) {
        return def.primaryEndpoints().stream()
                .filter(e -> e.type() == org.vigia.study.definition.EndpointType.TIME_TO_EVENT && e.landmarkMonths() != null)
                .mapToDouble(e -> e.landmarkMonths() * 1.25).max().orElse(6);
    }

    /** Accrual period: about 40 subjects a month, between 12 and 24 months. */
    public static int accrualMonths(StudyDefinition def, int enrolTarget) {
        return Math.max(12, Math.min(24, (int) Math.ceil(enrolTarget / 40.0)));
    }

    private static long exponentialDays(Random random, double medianMonths) {
        double lambda = Math.log(2) / (medianMonths * 30.44);
        return Math.max(14, Math.round(-Math.log(1 - random.nextDouble()) / lambda));
    }

    private static int poisson(Random random, double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
