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
}
