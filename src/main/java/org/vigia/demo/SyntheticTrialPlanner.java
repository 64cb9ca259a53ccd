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
import org.vigia.demo.TrialPlan.GradeStep;
import org.vigia.study.AnchorDates;
import org.vigia.study.PlannedVisit;
import org.vigia.study.VisitScheduleCalculator;
import org.vigia.study.definition.Agent;
import org.vigia.study.definition.AnchorType;
import org.vigia.study.definition.PhaseStart;
import org.vigia.study.definition.PreCycleLabCriteria;
import org.vigia.study.definition.VisitDefinition;
import org.vigia.followup.DiseaseEvent;
import org.vigia.followup.FollowUpContact;
import org.vigia.followup.TreatmentEnd;
import org.vigia.demo.TrialPlan.SubjectPlan;
import org.vigia.study.definition.AgentClass;
import org.vigia.study.definition.AllocationMethod;
import org.vigia.study.definition.Administration;
import org.vigia.study.definition.Arm;
import org.vigia.study.definition.StratificationFactor;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.TreatmentPhase;

/**
 * Plans a realistic, reproducible synthetic trial from a study definition and a seed: screening with about 15 %
 * screen failures, enrolment spread over the accrual period up to the data date, treatment cycles of the
 * subject's arm until progression, unacceptable toxicity, death or the planned end, labs before each cycle,
 * adverse events (head-and-neck immunotherapy + radiotherapy spectrum: oral mucositis, radiation dermatitis, fatigue,
 * hypothyroidism, pneumonitis ... mostly grade 1-2, one AE per episode with its grade changes; cytopenias and liver
 * test rises come from the lab results, as the investigator's decisions on the lab-based AE proposals), tumour
 * assessments with responses and progressions, and survival. Same seed and definition, same plan.
 * <p>
 * The plan keeps the rules a data manager checks across records (see {@link #forArm}): phases in their start windows,
 * cycles a cycle length apart (or delayed, moving the later ones), nothing given on or after progression, death or
 * discontinuation, no AE starting after death or left going on after it, progression on the date of the scan.
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
            new TermWeight("Colitis", 1, "COLITIS", AgentClass.IMMUNOTHERAPY),
            new TermWeight("Diarrhea", 4, null, null),
            new TermWeight("Hypertension", 3, null, null),
            new TermWeight("Proteinuria", 2, null, null),
            new TermWeight("Infusion related reaction", 2, null, AgentClass.IMMUNOTHERAPY));

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
            // about 15 % screen failures: every eighth subject screened (so a small generation has some) and 3 % more
            boolean screenFailure = random.nextDouble() < 0.03 || (index - alreadyScreened) % 8 == 0;
            if (screenFailure) {
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
            List<PlannedAssessment> assessments = baselineAssessment(def, random, enrolledOn, consent);
            boolean dead = !death.isAfter(dataDate);
            FollowUpContact.DeathCause deathCause = dead ? (random.nextDouble() < 0.85 ? FollowUpContact.DeathCause.DISEASE
                    : FollowUpContact.DeathCause.ADVERSE_EVENT) : null;
            LocalDate lastContact = dead ? death : dataDate.minusDays(random.nextInt(30));
            SubjectPlan subject = new SubjectPlan(index, site, screeningNumber, sex, birthYear, consent, screened, null,
                    arm.id(), assignedArm, strata, enrolledOn, height, weight, ecog, baselineLabs, List.of(), List.of(),
                    assessments, null, DiseaseEvent.Extent.valueOf(pick(random, "LOCAL", "REGIONAL", "DISTANT")),
                    dead ? death : null, deathCause,
                    null, null, lastContact, new Story(progression, death, toxicStop, treatmentSeed));
            subjects.add(forArm(def, subject, arm.id(), dataDate));
        }
        return new TrialPlan(def.registryId(), seed, subjects);
    }

    /**
     * The subject's treatment on {@code armId}: the arm's phases, each started within its start window (counted from
     * the actual anchor: enrolment, or the actual start or end of an earlier phase), cycles on target or a day or two
     * late within the cycle visit's window, now and then delayed a week (the later cycles move with the delay; in a
     * lab-gated phase the delay follows pre-cycle labs that do not allow the cycle, drawn again before the delayed day
     * 1), until progression (the date of the tumour assessment that shows it), death, unacceptable toxicity, the data
     * date or the planned end; labs the day before each cycle, tumour assessments in the assessment visits' windows,
     * adverse events as episodes. Randomisation happens when the subject is entered, so the generator plans again for
     * the arm the subject was allocated to; the subject's own seed keeps it reproducible (same seed, same arm, same
     * treatment).
     */
    public SubjectPlan forArm(StudyDefinition def, SubjectPlan subject, String armId, LocalDate dataDate) {
        if (subject.screenFailure()) {
            return subject;
        }
        Story story = subject.story();
        Arm arm = def.arms().stream().filter(a -> a.id().equals(armId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Arm '" + armId + "' is not in " + def.registryId()));
        Random random = new Random(story.treatmentSeed());
        LocalDate death = story.death();
        boolean dies = !death.isAfter(dataDate);
        Schedule schedule = schedule(def, arm, subject.enrolledOn(), random);
        List<PlannedAssessment> assessments = followUpAssessments(def, arm, schedule, subject, random, dataDate);
        PlannedAssessment last = assessments.get(assessments.size() - 1);
        LocalDate progressionScan = !last.baseline() && !last.date().isBefore(story.progression()) ? last.date() : null;
        // nothing of the treatment on or after the scan that shows progression or the death, nor after the data date
        LocalDate cutoff = min(progressionScan == null ? death : progressionScan, death);
        LocalDate treatmentCutoff = min(cutoff, dataDate.plusDays(1));

        List<PlannedLab> labs = new ArrayList<>(subject.labs().stream().filter(PlannedLab::baseline).toList());
        List<PlannedAdministration> administrations = new ArrayList<>();
        List<PlannedAdverseEvent> aes = new ArrayList<>();
        LocalDate toxicOnset = null;
        int given = 0;
        for (Cycle cycle : schedule.cycles()) {
            if (!cycle.start().isBefore(treatmentCutoff)) {
                break;
            }
            TreatmentPhase phase = arm.findPhase(cycle.phaseId()).orElseThrow();
            if (cycle.labDelay()) {
                labs.addAll(cycleLabs(random, cycle.plannedStart().minusDays(1), true));
                labs.addAll(recoveredLabs(random, cycle.start().minusDays(1)));
            } else {
                labs.addAll(cycleLabs(random, cycle.start().minusDays(1), false));
            }
            given++;
            if (cycle.number() == 1) {
                for (String courseId : phase.radiotherapyCourses()) {
                    def.findRadiotherapyCourse(courseId).ifPresent(course -> {
                        LocalDate day = cycle.start();
                        int n = course.fractions() == null ? 1 : course.fractions();
                        for (int f = 1; f <= n; f++) {
                            while (day.getDayOfWeek().getValue() > 5) {
                                day = day.plusDays(1);
                            }
                            administrations.add(new PlannedAdministration(phase.id(), course.id(), 1, f, day, 100, true, null));
                            day = day.plusDays(1);
                        }
                    });
                }
            }
            for (Administration administration : phase.administrations()) {
                for (int day : administration.dosingDays()) {
                    administrations.add(new PlannedAdministration(phase.id(), administration.agent(), cycle.number(), day,
                            cycle.start().plusDays(day - 1L), 100, true, null));
                }
            }
            int count = poisson(random, 1.9);
            for (int k = 0; k < count; k++) {
                aes.add(adverseEvent(random, def, cycle.start().plusDays(1 + random.nextInt(Math.max(1, cycle.length() - 1))),
                        dataDate));
            }
            if (story.toxicStop() && given >= 2 && random.nextDouble() < 0.4) {
                // grade 3 pneumonitis five days into the cycle: no dose from that day on, discontinued two days later
                toxicOnset = cycle.start().plusDays(5);
                aes.add(new PlannedAdverseEvent("Pneumonitis", 3, toxicOnset, null, true, true, "PNEUMONITIS", true));
                break;
            }
        }
        LocalDate doseCutoff = toxicOnset == null ? treatmentCutoff : min(treatmentCutoff, toxicOnset);
        administrations.removeIf(a -> !a.date().isBefore(doseCutoff));
        labs.removeIf(l -> !l.baseline() && (!l.collectedOn().isBefore(death) || l.collectedOn().isAfter(dataDate)));

        LocalDate treatmentEnd = null;
        TreatmentEnd.Reason endReason = null;
        if (toxicOnset != null) {
            LocalDate stopped = toxicOnset.plusDays(2);
            if (!death.isAfter(stopped) && dies) {
                treatmentEnd = death;
                endReason = TreatmentEnd.Reason.DEATH;
            } else if (!stopped.isAfter(dataDate)) {
                treatmentEnd = stopped;
                endReason = TreatmentEnd.Reason.ADVERSE_EVENT;
            }
        } else if (cutoff.isBefore(schedule.end()) && !cutoff.isAfter(dataDate)) {
            treatmentEnd = cutoff;
            endReason = cutoff.equals(progressionScan) ? TreatmentEnd.Reason.PROGRESSIVE_DISEASE : TreatmentEnd.Reason.DEATH;
        } else if (!schedule.end().isAfter(dataDate) && schedule.end().isBefore(cutoff)) {
            treatmentEnd = schedule.end();
            endReason = TreatmentEnd.Reason.COMPLETED_PER_PROTOCOL;
        }
        if (treatmentEnd != null) {
            LocalDate eot = treatmentEnd.plusDays(7);
            if (!eot.isAfter(dataDate) && eot.isBefore(death)) {
                labs.addAll(recoveredLabs(random, eot)); // end-of-treatment visit labs
            }
        }
        LocalDate lastContact = subject.lastContactDate();
        if (!dies && treatmentEnd != null) {
            LocalDate fu = survivalContact(def, arm, schedule, subject.enrolledOn(), treatmentEnd, dataDate, random);
            lastContact = fu != null ? fu : lastContact;
        }
        if (dies && subject.deathCause() == FollowUpContact.DeathCause.ADVERSE_EVENT) {
            aes.add(new PlannedAdverseEvent("Pneumonitis", 3, death.minusDays(3), death, true, true, "PNEUMONITIS", true,
                    List.of(new GradeStep(death, 5)), true));
        }
        aes.removeIf(ae -> ae.onset().isAfter(dataDate) || (!ae.onset().isBefore(death) && !ae.fatal()));
        List<PlannedAdverseEvent> episodes = episodes(aes, random, dies ? death : null, dataDate);
        return new SubjectPlan(subject.index(), subject.siteCode(), subject.screeningNumber(), subject.sex(),
                subject.birthYear(), subject.consentDate(), subject.screenedOn(), null, arm.id(), subject.assignedArm(),
                subject.strata(), subject.enrolledOn(), subject.heightCm(), subject.weightKg(), subject.ecog(), labs,
                administrations, episodes, assessments, progressionScan != null && !progressionScan.isAfter(dataDate)
                        ? progressionScan : null,
                subject.progressionSite(), subject.deathDate(), subject.deathCause(), treatmentEnd, endReason,
                lastContact, story);
    }

    /** One cycle (or the single block of a phase without cycles) as it is given: day 1 and the day 1 it was due. */
    record Cycle(String phaseId, int number, LocalDate start, LocalDate plannedStart, int length, boolean labDelay) {
    }

    /** The subject's cycles in date order, the actual start and end of each phase, and the end of the last phase. */
    record Schedule(List<Cycle> cycles, Map<String, LocalDate> starts, Map<String, LocalDate> ends, LocalDate end) {
    }

    /**
     * The arm's phases and cycles as the site gives them, whatever happens to the subject later. A phase starts in its
     * start window: anchor + minDays .. anchor + maxDays, the anchor being the actual earlier phase start or end (and,
     * when a delay moved that end, within the window counted from the end as planned too). Day 1 of cycle n is day 1
     * of cycle n-1 + the cycle length (82 %), a day or two later within the cycle visit's window (11 %) or a week
     * later (7 %: a delay; in a phase whose cycles the pre-cycle labs gate, because the labs did not allow the cycle).
     */
    Schedule schedule(StudyDefinition def, Arm arm, LocalDate enrolled, Random random) {
        Map<String, LocalDate> starts = new java.util.HashMap<>();
        Map<String, LocalDate> ends = new java.util.HashMap<>();
        Map<String, LocalDate> plannedEnds = new java.util.HashMap<>();
        List<Cycle> cycles = new ArrayList<>();
        LocalDate previousEnd = enrolled;
        for (TreatmentPhase phase : arm.phases()) {
            PhaseStart rule = phase.start();
            LocalDate start;
            LocalDate latest = null;
            LocalDate earliest = null;
            if (rule == null) {
                start = previousEnd;
            } else {
                LocalDate actual = switch (rule.anchor()) {
                    case PHASE_START -> starts.get(rule.phase());
                    case PHASE_END -> ends.get(rule.phase());
                    default -> enrolled;
                };
                LocalDate planned = rule.anchor() == AnchorType.PHASE_END ? plannedEnds.get(rule.phase()) : actual;
                earliest = actual.plusDays(rule.minDays());
                latest = rule.maxDays() == null ? earliest.plusDays(2) : min(actual, planned).plusDays(rule.maxDays());
                LocalDate target = actual.plusDays(rule.plannedOffsetDays() + random.nextInt(3));
                start = target.isBefore(earliest) ? earliest : target.isAfter(latest) && !latest.isBefore(earliest) ? latest : target;
            }
            if (!phase.radiotherapyCourses().isEmpty() && start.getDayOfWeek().getValue() > 5) {
                // radiotherapy starts on a weekday (the phase starts with its first fraction): the Monday after, or
                // the Friday before when the Monday is past the window counted from the planned end too, but never
                // before the window from the actual end (which the dosing rules check)
                LocalDate monday = start.plusDays(8 - start.getDayOfWeek().getValue());
                LocalDate friday = start.minusDays(start.getDayOfWeek().getValue() - 5L);
                start = latest == null || !monday.isAfter(latest) || earliest != null && friday.isBefore(earliest)
                        ? monday : friday;
            }
            int length = phase.isCycled() ? phase.cycleLengthDays() : (phase.durationDays() == null ? 1 : phase.durationDays());
            int count = phase.isCycled() && phase.cycles() != null ? phase.cycles() : phase.isCycled() ? Integer.MAX_VALUE : 1;
            int months = phase.maxDurationMonths() == null ? 24 : phase.maxDurationMonths();
            LocalDate limit = phase.isCycled() && phase.cycles() == null ? start.plusMonths(months) : null;
            int windowAfter = def.visits().stream().filter(v -> v.perCycle() && phase.id().equals(v.phase()))
                    .mapToInt(VisitDefinition::windowAfterDays).findFirst().orElse(0);
            boolean gated = gated(def, phase);
            LocalDate day1 = start;
            LocalDate last = start;
            for (int c = 1; c <= count; c++) {
                LocalDate due = c == 1 ? start : day1.plusDays(length);
                boolean labDelay = false;
                if (c > 1) {
                    double r = random.nextDouble();
                    int shift = r < 0.82 || windowAfter == 0 && r < 0.93 ? 0
                            : r < 0.93 ? 1 + random.nextInt(Math.min(2, windowAfter)) : 7;
                    day1 = due.plusDays(shift);
                    labDelay = shift == 7 && gated;
                }
                if (limit != null && !day1.isBefore(limit)) {
                    break;
                }
                cycles.add(new Cycle(phase.id(), c, day1, due, length, labDelay));
                last = day1;
            }
            LocalDate end = phase.durationDays() != null ? start.plusDays(phase.durationDays())
                    : phase.cycles() != null ? last.plusDays(length) : start.plusMonths(months);
            LocalDate plannedEnd = phase.durationDays() != null ? start.plusDays(phase.durationDays())
                    : phase.cycles() != null ? start.plusDays((long) phase.cycles() * length) : start.plusMonths(months);
            starts.put(phase.id(), start);
            ends.put(phase.id(), end);
            plannedEnds.put(phase.id(), plannedEnd);
            previousEnd = end;
        }
        return new Schedule(cycles, starts, ends, previousEnd);
    }

    /** True when the definition's pre-cycle lab criteria gate the phase's cycles (an agent of a class they apply to). */
    private static boolean gated(StudyDefinition def, TreatmentPhase phase) {
        PreCycleLabCriteria criteria = def.preCycleLabs();
        if (criteria == null || criteria.criteria().isEmpty()) {
            return false;
        }
        return criteria.appliesTo().isEmpty() || phase.administrations().stream()
                .map(a -> def.findAgent(a.agent()).map(Agent::agentClass).orElse(null))
                .anyMatch(criteria.appliesTo()::contains);
    }

    /**
     * The subject's adverse events as episodes: an event of a term that starts while an earlier one of the same term
     * is still going on is a grade change of that one (worsening, or improvement), never a second AE; some episodes
     * of grade 2 or more improve by a grade before they resolve. A subject who dies: nothing starts on or after the
     * death date (except the fatal event's last grade), and what is still going on ends on the death date.
     */
    private List<PlannedAdverseEvent> episodes(List<PlannedAdverseEvent> events, Random random, LocalDate death,
                                               LocalDate dataDate) {
        List<PlannedAdverseEvent> sorted = new ArrayList<>(events);
        sorted.sort(java.util.Comparator.comparing(PlannedAdverseEvent::onset));
        Map<String, Episode> open = new java.util.HashMap<>();
        List<Episode> all = new ArrayList<>();
        for (PlannedAdverseEvent e : sorted) {
            Episode episode = open.get(e.term());
            if (episode != null && (episode.end == null || !e.onset().isAfter(episode.end))) {
                episode.merge(e);
            } else {
                episode = new Episode(e);
                open.put(e.term(), episode);
                all.add(episode);
            }
        }
        List<PlannedAdverseEvent> out = new ArrayList<>();
        for (Episode episode : all) {
            CtcaeTerm term = dictionary.getByTerm(episode.term);
            if (episode.steps.isEmpty() && episode.grade >= 2 && episode.end != null
                    && ChronoUnit.DAYS.between(episode.onset, episode.end) >= 8 && random.nextBoolean()
                    && term.isGradeDefined(episode.grade - 1)) {
                episode.steps.add(new GradeStep(episode.onset.plusDays(ChronoUnit.DAYS.between(episode.onset, episode.end) / 2),
                        episode.grade - 1));
            }
            boolean endedByDeath = false;
            if (death != null) {
                episode.steps.removeIf(s -> s.since().isAfter(death));
                if (episode.end == null || episode.end.isAfter(death)) {
                    episode.end = death;
                    endedByDeath = true;
                }
            }
            episode.steps.removeIf(s -> s.since().isAfter(dataDate));
            LocalDate end = episode.end != null && episode.end.isAfter(dataDate) ? null : episode.end;
            out.add(new PlannedAdverseEvent(episode.term, episode.grade, episode.onset, end, episode.serious,
                    episode.immuneCategory != null, episode.immuneCategory, episode.related, episode.steps, endedByDeath));
        }
        return out;
    }

    /** An adverse event being assembled from the events of one term that overlap. */
    private static final class Episode {
        final String term;
        final LocalDate onset;
        int grade;
        LocalDate end;
        boolean serious;
        boolean related;
        final String immuneCategory;
        final List<GradeStep> steps = new ArrayList<>();

        Episode(PlannedAdverseEvent e) {
            term = e.term();
            onset = e.onset();
            grade = e.grade();
            end = e.end();
            serious = e.serious();
            related = e.related();
            immuneCategory = e.immuneCategory();
            e.steps().forEach(s -> step(s.since(), s.grade()));
        }

        void merge(PlannedAdverseEvent e) {
            step(e.onset(), e.grade());
            e.steps().forEach(s -> step(s.since(), s.grade()));
            end = end == null || e.end() == null ? null : e.end().isAfter(end) ? e.end() : end;
            serious |= e.serious();
            related |= e.related();
        }

        private void step(LocalDate since, int newGrade) {
            if (since.equals(onset)) {
                grade = Math.max(grade, newGrade);
                return;
            }
            int current = steps.isEmpty() ? grade : steps.get(steps.size() - 1).grade();
            if (!steps.isEmpty() && steps.get(steps.size() - 1).since().equals(since)) {
                steps.set(steps.size() - 1, new GradeStep(since, Math.max(current, newGrade)));
            } else if (newGrade != current) {
                steps.add(new GradeStep(since, newGrade));
            }
        }
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

    /** The subject's actual dates as the visit schedule counts from them. */
    private static AnchorDates anchors(Schedule schedule, LocalDate enrolled) {
        AnchorDates anchors = AnchorDates.enrolledOn(enrolled);
        if (!schedule.cycles().isEmpty()) {
            anchors = anchors.withFirstDose(schedule.cycles().get(0).start());
        }
        for (var e : schedule.starts().entrySet()) {
            anchors = anchors.withPhaseStart(e.getKey(), e.getValue());
        }
        for (var e : schedule.ends().entrySet()) {
            anchors = anchors.withPhaseEnd(e.getKey(), e.getValue());
        }
        for (Cycle c : schedule.cycles()) {
            anchors = anchors.withCycleStart(c.phaseId(), c.number(), c.start());
        }
        return anchors;
    }

    /**
     * The last survival contact of a subject alive at the data date whose treatment ended: in the window of the latest
     * survival follow-up visit (SURVIVAL_STATUS, counted from the end of treatment) on or before the data date; none
     * when no such visit is due yet.
     */
    private static LocalDate survivalContact(StudyDefinition def, Arm arm, Schedule schedule, LocalDate enrolled,
                                             LocalDate treatmentEnd, LocalDate dataDate, Random random) {
        Map<String, VisitDefinition> visits = new java.util.HashMap<>();
        def.visits().forEach(v -> visits.put(v.code(), v));
        LocalDate contact = null;
        for (PlannedVisit visit : new VisitScheduleCalculator(def).plan(arm.id(),
                anchors(schedule, enrolled).withEndOfTreatment(treatmentEnd))) {
            VisitDefinition d = visits.get(visit.definitionCode());
            if (d == null || d.anchor() != AnchorType.END_OF_TREATMENT || !visit.procedures().contains("SURVIVAL_STATUS")) {
                continue;
            }
            int early = (int) Math.min(3, ChronoUnit.DAYS.between(visit.earliest(), visit.targetDate()));
            int late = (int) Math.min(3, ChronoUnit.DAYS.between(visit.targetDate(), visit.latest()));
            LocalDate date = visit.targetDate().plusDays(random.nextInt(early + late + 1) - early);
            if (!date.isAfter(dataDate) && date.isAfter(treatmentEnd)) {
                contact = date;
            }
        }
        return contact;
    }

    /**
     * The baseline scan and the follow-up tumour assessments: one in the window of each assessment visit of the
     * definition (visits with the TUMOUR_ASSESSMENT procedure, planned from the subject's actual phase and cycle
     * dates; the end-of-treatment follow-up visits left out), at least three weeks apart, until the first one that
     * shows progression, the death or the data date.
     */
    private List<PlannedAssessment> followUpAssessments(StudyDefinition def, Arm arm, Schedule schedule,
                                                        SubjectPlan subject, Random random, LocalDate dataDate) {
        Story story = subject.story();
        PlannedAssessment base = subject.assessments().get(0);
        AnchorDates anchors = anchors(schedule, subject.enrolledOn());
        Map<String, VisitDefinition> visits = new java.util.HashMap<>();
        def.visits().forEach(v -> visits.put(v.code(), v));
        List<PlannedVisit> scans = new VisitScheduleCalculator(def).plan(arm.id(), anchors).stream()
                .filter(v -> v.procedures().contains("TUMOUR_ASSESSMENT"))
                .filter(v -> {
                    VisitDefinition d = visits.get(v.definitionCode());
                    return d != null && !d.perCycle() && d.anchor() != AnchorType.END_OF_TREATMENT;
                })
                .filter(v -> v.targetDate().isAfter(subject.enrolledOn().plusDays(14))).toList();
        double type = random.nextDouble();
        double depth = type < 0.3 ? -0.35 - random.nextDouble() * 0.65 : type < 0.7 ? -0.15 + random.nextDouble() * 0.25 : 0.1;
        List<PlannedAssessment> out = new ArrayList<>();
        out.add(base);
        LocalDate previous = base.date();
        int k = 0;
        for (PlannedVisit visit : scans) {
            int early = (int) Math.min(2, ChronoUnit.DAYS.between(visit.earliest(), visit.targetDate()));
            int late = (int) Math.min(2, ChronoUnit.DAYS.between(visit.targetDate(), visit.latest()));
            LocalDate date = visit.targetDate().plusDays(random.nextInt(early + late + 1) - early);
            if (date.isAfter(dataDate) || !date.isBefore(story.death())) {
                break;
            }
            if (ChronoUnit.DAYS.between(previous, date) < 21) {
                continue;
            }
            k++;
            previous = date;
            boolean progressed = !date.isBefore(story.progression());
            double change = progressed ? 0.3 + random.nextDouble() * 0.3 : depth * Math.min(1.0, k / 2.0);
            List<Lesion> now = new ArrayList<>();
            for (Lesion l : base.targets()) {
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

    /** The baseline scan: target lesions of 2-4 organs, within the screening window and not before consent. */
    private List<PlannedAssessment> baselineAssessment(StudyDefinition def, Random random, LocalDate enrolled,
                                                       LocalDate consent) {
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
        LocalDate scanned = enrolled.minusDays(5).isBefore(consent) ? consent : enrolled.minusDays(5);
        return List.of(new PlannedAssessment(scanned, true, baseline, "PRESENT", "NO"));
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

    /**
     * Labs the day before a cycle: within the pre-cycle limits of every definition (ANC at least 1.6, platelets at
     * least 120, ALT and AST under twice the upper limit, creatinine under 1.5 times it), with mild anaemia and grade 1
     * liver and creatinine rises now and then; a
     * {@code dip} (the cycle is delayed) has neutrophils below 1.5 and sometimes platelets below 90.
     */
    private static List<PlannedLab> cycleLabs(Random random, LocalDate on, boolean dip) {
        List<PlannedLab> labs = new ArrayList<>();
        labs.add(lab("ANC", on, dip ? 0.7 + random.nextDouble() * 0.6 : 1.6 + random.nextDouble() * 4, "10^9/L", false));
        labs.add(lab("PLT", on, dip && random.nextBoolean() ? 50 + random.nextDouble() * 35 : 120 + random.nextDouble() * 250, "10^9/L", false));
        labs.add(lab("HGB", on, 8.5 + random.nextDouble() * 6.5, "g/dL", false));
        labs.add(lab("ALT", on, random.nextDouble() < 0.08 ? 45 + random.nextDouble() * 20 : 10 + random.nextDouble() * 30, "U/L", false));
        labs.add(lab("AST", on, 12 + random.nextDouble() * 25, "U/L", false));
        labs.add(lab("CREAT", on, 50 + random.nextDouble() * 55, "µmol/L", false));
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
