package org.vigia.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigia.terminology.CtcaeDictionary;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionCatalog;

class SyntheticTrialPlannerTest {

    private static StudyDefinitionCatalog catalog;
    private static CtcaeDictionary dictionary;

    @BeforeAll
    static void load() {
        catalog = StudyDefinitionCatalog.loadFromClasspath("studies/");
        dictionary = CtcaeDictionary.load();
    }

    private TrialPlan gortec(long seed) {
        StudyDefinition def = catalog.get("NCT07264075");
        return new SyntheticTrialPlanner(dictionary).plan(def, seed, 780, LocalDate.of(2024, 11, 1), LocalDate.of(2026, 11, 1),
                List.of("CN01", "CN02", "FR01"));
    }

    @Test
    void theSameSeedGivesTheSameTrial() {
        assertEquals(gortec(42), gortec(42));
        assertNotEquals(gortec(42), gortec(43));
    }

    @Test
    void aTrialOfNct07264075sSizeHasTheVolumesOfARealOne() {
        TrialPlan plan = gortec(7);
        long enrolled = plan.subjects().stream().filter(s -> !s.screenFailure()).count();
        assertEquals(780, enrolled);
        long failures = plan.subjects().size() - enrolled;
        assertTrue(failures > 780 * 0.10 && failures < 780 * 0.25, "screen failures about 15 %: " + failures);
        long aes = plan.subjects().stream().mapToLong(s -> s.adverseEvents().size()).sum();
        long administrations = plan.subjects().stream().mapToLong(s -> s.administrations().size()).sum();
        long measurements = plan.subjects().stream().flatMap(s -> s.assessments().stream()).mapToLong(a -> a.targets().size()).sum();
        // the DMC issue sizes NCT07264075 at about 15,000 AEs, 27,000 administrations and 40,000 lesion measurements
        assertTrue(aes > 5_000 && aes < 30_000, "AEs " + aes);
        assertTrue(administrations > 5_000 && administrations < 60_000, "administrations " + administrations);
        assertTrue(measurements > 5_000 && measurements < 80_000, "measurements " + measurements);
    }

    @Test
    void nothingHappensAfterTheDataDate() {
        LocalDate dataDate = LocalDate.of(2026, 11, 1);
        List<TrialPlan.SubjectPlan> all = new java.util.ArrayList<>();
        for (StudyDefinition def : catalog.definitions()) {
            all.addAll(new SyntheticTrialPlanner(dictionary).plan(def, 13, def.targetEnrolment(), LocalDate.of(2025, 1, 1),
                    dataDate, List.of("CN01", "CN02")).subjects());
        }
        for (TrialPlan.SubjectPlan s : all) {
            s.adverseEvents().forEach(ae -> assertTrue(!ae.onset().isAfter(dataDate), "AE onset " + ae));
            s.labs().forEach(l -> assertTrue(!l.collectedOn().isAfter(dataDate), "lab " + l));
            s.administrations().forEach(a -> assertTrue(!a.date().isAfter(dataDate), "administration " + a));
            if (s.treatmentEndDate() != null) {
                assertTrue(!s.treatmentEndDate().isAfter(dataDate), "treatment end " + s.treatmentEndDate());
            }
        }
    }

    /**
     * The planned treatment obeys the dosing rules across cycles ({@link org.vigia.dosing.CycleSchedule}), so the
     * generator's doses are not refused: every phase starts inside its start window (NCT07041788 induction 1-7 days
     * after SFRT, CRT 14-28 days after induction, maintenance 28-42 days after CRT; NCT07264075 0-3 days after
     * randomisation) and no cycle starts before the previous one + its length − the window.
     */
    @Test
    void plannedCyclesAndPhaseStartsKeepTheDosingRules() {
        for (StudyDefinition def : catalog.definitions()) {
            for (TrialPlan.SubjectPlan s : new SyntheticTrialPlanner(dictionary).plan(def, 5, 20, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2026, 11, 1), List.of("CN01")).subjects()) {
                if (s.screenFailure() || s.armId() == null) {
                    continue;
                }
                List<org.vigia.dosing.CycleSchedule.GivenDay> before = new java.util.ArrayList<>();
                List<TrialPlan.PlannedAdministration> ordered = new java.util.ArrayList<>(s.administrations());
                ordered.sort(java.util.Comparator.comparing(TrialPlan.PlannedAdministration::date));
                for (TrialPlan.PlannedAdministration a : ordered) {
                    boolean radiotherapy = def.findRadiotherapyCourse(a.agentId()).isPresent();
                    var phase = def.getArm(s.armId()).findPhase(a.phaseId()).orElseThrow();
                    if (radiotherapy && !phase.administrations().isEmpty()) {
                        continue; // fractions count only for phases of radiotherapy alone
                    }
                    int day = radiotherapy ? 1 : a.day();
                    if (!radiotherapy) {
                        var v = new org.vigia.dosing.CycleSchedule(def, s.armId(), s.enrolledOn(), before)
                                .judge(a.phaseId(), a.cycle(), day, a.date());
                        assertTrue(!v.isDeviation(), def.registryId() + " " + a + ": " + v);
                    }
                    before.add(new org.vigia.dosing.CycleSchedule.GivenDay(a.phaseId(), a.cycle(), day,
                            a.date()));
                }
            }
        }
    }

    @Test
    void everyAdverseEventUsesAGradeCtcaeDefinesForItsTerm() {
        gortec(11).subjects().stream().flatMap(s -> s.adverseEvents().stream()).forEach(ae ->
                assertTrue(dictionary.getByTerm(ae.term()).isGradeDefined(ae.grade()), ae.term() + " grade " + ae.grade()));
    }

    @Test
    void eventTimesAndLesionIrradiationComeFromTheDefinition() {
        // NCT07041788's primary endpoint is 2-year EFS (landmark 24 months): curative intent, median 30 months
        assertEquals(30.0, SyntheticTrialPlanner.medianProgressionFreeMonths(catalog.get("NCT07041788")));
        assertEquals(6.0, SyntheticTrialPlanner.medianProgressionFreeMonths(catalog.get("NCT07264075")));
        // NCT06494995 splits ORR by lesion irradiation: its lesions carry its irradiation categories
        TrialPlan plan = new SyntheticTrialPlanner(dictionary).plan(catalog.get("NCT06494995"), 3, 52,
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 1), List.of("CN01"));
        assertTrue(plan.subjects().stream().flatMap(s -> s.assessments().stream()).flatMap(a -> a.targets().stream())
                .anyMatch(l -> "SBRT".equals(l.irradiation())));
        assertTrue(plan.subjects().stream().allMatch(s -> "CN01".equals(s.siteCode())));
    }

    @Test
    void everyTrialCanBePlanned() {
        for (StudyDefinition def : catalog.definitions()) {
            TrialPlan plan = new SyntheticTrialPlanner(dictionary).plan(def, 1, def.targetEnrolment(),
                    LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 1), List.of("CN01", "CN02"));
            assertEquals(def.targetEnrolment().longValue(), plan.subjects().stream().filter(s -> !s.screenFailure()).count());
            long treated = plan.subjects().stream().filter(s -> !s.screenFailure() && !s.administrations().isEmpty()).count();
            assertTrue(treated >= def.targetEnrolment() * 0.8, def.registryId() + ": treated " + treated);
        }
    }

    @Test
    void theTreatmentIsPlannedAgainForTheAllocatedArmFromTheSubjectsOwnSeed() {
        StudyDefinition def = catalog.get("NCT07264075");
        LocalDate dataDate = LocalDate.of(2026, 11, 1);
        TrialPlan plan = gortec(5);
        TrialPlan.SubjectPlan subject = plan.subjects().stream().filter(s -> !s.screenFailure() && !s.administrations().isEmpty())
                .findFirst().orElseThrow();
        String other = def.arms().stream().map(a -> a.id()).filter(id -> !id.equals(subject.armId())).findFirst().orElseThrow();
        SyntheticTrialPlanner planner = new SyntheticTrialPlanner(dictionary);
        TrialPlan.SubjectPlan moved = planner.forArm(def, subject, other, dataDate);
        assertEquals(other, moved.armId());
        // every planned administration is of an agent (or radiotherapy course) of the allocated arm
        var armAgents = def.arms().stream().filter(a -> a.id().equals(other)).flatMap(a -> a.phases().stream())
                .flatMap(p -> java.util.stream.Stream.concat(p.administrations().stream().map(x -> x.agent()),
                        p.radiotherapyCourses().stream())).collect(java.util.stream.Collectors.toSet());
        assertTrue(moved.administrations().stream().allMatch(a -> armAgents.contains(a.agentId())), "agents of " + other);
        assertEquals(moved, planner.forArm(def, subject, other, dataDate), "same seed, same arm, same treatment");
        assertEquals(subject, planner.forArm(def, moved, subject.armId(), dataDate), "back to the drawn arm: the original plan");
        // the story does not depend on the arm
        assertEquals(subject.story(), moved.story());
        assertEquals(subject.assessments(), moved.assessments());
        assertEquals(subject.labs().stream().filter(TrialPlan.PlannedLab::baseline).toList(),
                moved.labs().stream().filter(TrialPlan.PlannedLab::baseline).toList());
    }

    @Test
    void radiotherapyFractionsAreOnWeekdaysAndNumberedAsTheCoursePrescribes() {
        StudyDefinition def = catalog.get("NCT07041788");
        TrialPlan plan = new SyntheticTrialPlanner(dictionary).plan(def, 9, 30, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 11, 1), List.of("CN01"));
        var fractions = plan.subjects().stream().flatMap(s -> s.administrations().stream())
                .filter(a -> def.findRadiotherapyCourse(a.agentId()).isPresent()).toList();
        assertTrue(!fractions.isEmpty(), "radiotherapy fractions planned");
        assertTrue(fractions.stream().allMatch(a -> a.date().getDayOfWeek().getValue() <= 5), "weekdays only");
        for (var f : fractions) {
            int prescribed = def.findRadiotherapyCourse(f.agentId()).orElseThrow().fractions();
            assertTrue(f.day() >= 1 && f.day() <= prescribed, f + ": fraction numbers 1.." + prescribed);
        }
        // NCT07041788 prescribes a 30-fraction course: a subject who is treated long enough gets all of them
        assertTrue(fractions.stream().anyMatch(a -> a.day() == 30), "a full 30-fraction course");
    }

    @Test
    void generatedAgesAreThoseTheStudysAgeCriterionAllows() {
        // NCT06494995 and NCT07041788: 18-75 years; NCT07264075: >=18 and <80 (generated up to 77)
        assertEquals(75, DemoEligibility.ageRange(catalog.get("NCT06494995"))[1]);
        assertEquals(75, DemoEligibility.ageRange(catalog.get("NCT07041788"))[1]);
        assertEquals(77, DemoEligibility.ageRange(catalog.get("NCT07264075"))[1]);
        for (StudyDefinition def : catalog.definitions()) {
            int[] range = DemoEligibility.ageRange(def);
            new SyntheticTrialPlanner(dictionary).plan(def, 4, def.targetEnrolment(), LocalDate.of(2025, 1, 1),
                    LocalDate.of(2026, 11, 1), List.of("CN01")).subjects().forEach(s -> {
                        int age = s.screenedOn().getYear() - s.birthYear() - 1;
                        assertTrue(age >= range[0] && age <= range[1], def.registryId() + " age " + age);
                    });
        }
        // "recurrence at least 1 year after radical therapy" is in years but is not an age
        assertTrue(catalog.get("NCT07277764").eligibility().stream().filter(c -> "years".equals(c.unit()))
                .anyMatch(c -> !DemoEligibility.isAge(c)));
    }

    @Test
    void aStudyWithSubjectsGetsNewScreeningNumbers() {
        StudyDefinition def = catalog.get("NCT07277764");
        TrialPlan more = new SyntheticTrialPlanner(dictionary).plan(def, 1, 5, LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 11, 1), List.of("CN01"), 40);
        assertEquals("SCR-07277764-00041", more.subjects().get(0).screeningNumber());
        assertEquals(41, more.subjects().get(0).index());
    }

    /**
     * What a data manager checks, on the plans of the four trials at their target size: phases start in their start
     * windows (from the actual anchor), each cycle's day 1 at least a cycle length − the cycle visit's early window
     * after the previous one, no day N before its day 1, no dose or fraction on or after progression, death or the
     * end of treatment, one AE per episode of a term (never two overlapping), nothing starting on or after death and
     * nothing left going on after it, grade changes within their AE, progression on the date of an assessment.
     */
    @Test
    void thePlansHoldTogetherAsADataManagerChecksThem() {
        LocalDate dataDate = LocalDate.of(2026, 11, 1);
        SyntheticTrialPlanner planner = new SyntheticTrialPlanner(dictionary);
        int delayed = 0;
        int steps = 0;
        for (StudyDefinition def : catalog.definitions()) {
            for (TrialPlan.SubjectPlan s : planner.plan(def, 21, def.targetEnrolment(), LocalDate.of(2025, 1, 1), dataDate,
                    List.of("CN01", "CN02")).subjects()) {
                if (s.screenFailure()) {
                    continue;
                }
                String who = def.registryId() + " " + s.screeningNumber() + " ";
                var arm = def.getArm(s.armId());
                java.util.Map<String, java.util.TreeMap<Integer, LocalDate>> dayOnes = new java.util.HashMap<>();
                for (TrialPlan.PlannedAdministration a : s.administrations()) {
                    dayOnes.computeIfAbsent(a.phaseId(), p -> new java.util.TreeMap<>())
                            .merge(a.cycle(), a.date().minusDays(def.findRadiotherapyCourse(a.agentId()).isPresent() ? 0 : a.day() - 1L),
                                    (x, y) -> x.isBefore(y) ? x : y);
                    assertTrue(s.treatmentEndDate() == null || a.date().isBefore(s.treatmentEndDate()), who + a + " after the end");
                    assertTrue(s.progressionDate() == null || a.date().isBefore(s.progressionDate()), who + a + " after PD");
                    assertTrue(s.deathDate() == null || a.date().isBefore(s.deathDate()), who + a + " after death");
                }
                for (var phase : arm.phases()) {
                    var cycles = dayOnes.get(phase.id());
                    if (cycles == null) {
                        continue;
                    }
                    if (phase.isCycled()) {
                        int before = def.visits().stream().filter(v -> v.perCycle() && phase.id().equals(v.phase()))
                                .mapToInt(v -> v.windowBeforeDays()).findFirst().orElse(0);
                        for (var c : cycles.entrySet()) {
                            var previous = cycles.lowerEntry(c.getKey());
                            if (previous != null) {
                                long days = java.time.temporal.ChronoUnit.DAYS.between(previous.getValue(), c.getValue());
                                assertTrue(days >= (long) (c.getKey() - previous.getKey()) * phase.cycleLengthDays() - before,
                                        who + phase.id() + " cycle " + c.getKey() + " " + days + " days after " + previous);
                                delayed += days >= phase.cycleLengthDays() + 7 ? 1 : 0;
                            }
                        }
                    }
                    var rule = phase.start();
                    LocalDate start = cycles.get(1);
                    if (rule == null || start == null) {
                        continue;
                    }
                    var anchorCycles = rule.phase() == null ? null : dayOnes.get(rule.phase());
                    var anchorPhase = rule.phase() == null ? null : arm.findPhase(rule.phase()).orElseThrow();
                    LocalDate anchor = switch (rule.anchor()) {
                        case PHASE_START -> anchorCycles.get(1);
                        case PHASE_END -> anchorPhase.durationDays() != null ? anchorCycles.get(1).plusDays(anchorPhase.durationDays())
                                : anchorCycles.lastEntry().getValue().plusDays((long) (anchorPhase.cycles() + 1
                                        - anchorCycles.lastKey()) * anchorPhase.cycleLengthDays());
                        default -> s.enrolledOn();
                    };
                    assertTrue(!start.isBefore(anchor.plusDays(rule.minDays()))
                                    && (rule.maxDays() == null || !start.isAfter(anchor.plusDays(rule.maxDays()))),
                            who + phase.id() + " started " + start + ", anchor " + anchor + " " + rule);
                }
                java.util.Map<String, List<TrialPlan.PlannedAdverseEvent>> byTerm = new java.util.HashMap<>();
                for (TrialPlan.PlannedAdverseEvent ae : s.adverseEvents()) {
                    assertTrue(!ae.onset().isBefore(s.consentDate()), who + ae + " before consent");
                    if (s.deathDate() != null) {
                        assertTrue(ae.onset().isBefore(s.deathDate()), who + ae + " on or after death");
                        assertTrue(ae.end() != null && !ae.end().isAfter(s.deathDate()), who + ae + " not closed at death");
                    }
                    for (TrialPlan.GradeStep step : ae.steps()) {
                        assertTrue(step.since().isAfter(ae.onset()) && (ae.end() == null || !step.since().isAfter(ae.end())),
                                who + ae + ": grade change outside the AE");
                        assertTrue(dictionary.getByTerm(ae.term()).isGradeDefined(step.grade()), who + ae);
                        steps++;
                    }
                    for (TrialPlan.PlannedAdverseEvent other : byTerm.getOrDefault(ae.term(), List.of())) {
                        boolean apart = other.end() != null && other.end().isBefore(ae.onset())
                                || ae.end() != null && ae.end().isBefore(other.onset());
                        assertTrue(apart, who + "overlapping episodes " + other + " and " + ae);
                    }
                    byTerm.computeIfAbsent(ae.term(), t -> new java.util.ArrayList<>()).add(ae);
                }
                if (s.progressionDate() != null) {
                    assertTrue(s.assessments().stream().anyMatch(a -> !a.baseline() && a.date().equals(s.progressionDate())),
                            who + "progression " + s.progressionDate() + " is the date of an assessment");
                }
            }
        }
        assertTrue(delayed > 10, "some cycles delayed a week: " + delayed);
        assertTrue(steps > 50, "grade changes: " + steps);
    }
}
