package org.vigia.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigia.consistency.ConsistencyChecks.DoseRow;
import org.vigia.consistency.ConsistencyChecks.ScheduleSubject;
import org.vigia.consistency.ConsistencyChecks.SubjectRow;
import org.vigia.shared.text.Texts;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionCatalog;

/**
 * The schedule rules of the consistency report over old rows, from the shipped definitions: NCT06494995 phase
 * TREATMENT (config/studies/NCT06494995.yaml lines 117-132: start ENROLMENT 0..7 days, cycleLengthDays 21; lines
 * 143-152: C{n}D1 ±3 days) and NCT07041788 (lines 142-170: INDUCTION within 7 days after SFRT).
 */
class ConsistencyScheduleChecksTest {

    private static final StudyDefinitionCatalog CATALOG = StudyDefinitionCatalog.loadFromClasspath("studies/");
    private static final LocalDate ENROLLED = LocalDate.of(2026, 1, 2);
    private static final Map<Long, SubjectRow> SUBJECTS = Map.of(
            1L, new SubjectRow(1, "CN01", "CN01-0001", null, null),
            2L, new SubjectRow(2, "CN01", "CN01-0002", null, null),
            3L, new SubjectRow(3, "CN01", "CN01-0003", null, null));

    private static DoseRow dose(long id, long subject, String agent, String phase, int cycle, int day, String on) {
        return new DoseRow(id, subject, agent, phase, cycle, day, LocalDate.parse(on), true);
    }

    private static Map<Long, ScheduleSubject> schedules() {
        StudyDefinition metronomic = CATALOG.get("NCT06494995");
        StudyDefinition hn = CATALOG.get("NCT07041788");
        return Map.of(
                1L, new ScheduleSubject(1, metronomic, "METRONOMIC", ENROLLED, Map.of()),
                2L, new ScheduleSubject(2, metronomic, "METRONOMIC", ENROLLED, Map.of()),
                3L, new ScheduleSubject(3, hn, "A", ENROLLED, Map.of("SFRT", LocalDate.of(2026, 1, 9))));
    }

    @Test
    void cycleTwoFourteenDaysAfterCycleOneOfA21DaySchedule() {
        List<DoseRow> doses = List.of(
                dose(10, 1, "CADONILIMAB", "TREATMENT", 1, 1, "2026-01-05"),
                dose(11, 1, "CAPECITABINE_METRONOMIC", "TREATMENT", 1, 1, "2026-01-05"),
                dose(12, 1, "CAPECITABINE_METRONOMIC", "TREATMENT", 1, 2, "2026-01-06"),
                dose(13, 1, "CADONILIMAB", "TREATMENT", 2, 1, "2026-01-19"),          // 14 days: too early
                dose(14, 1, "CAPECITABINE_METRONOMIC", "TREATMENT", 2, 1, "2026-01-19"), // same cycle: listed once
                dose(15, 1, "CADONILIMAB", "TREATMENT", 3, 1, "2026-02-06"),          // 18 days after cycle 2: in window
                dose(20, 2, "CADONILIMAB", "TREATMENT", 1, 1, "2026-01-05"),
                dose(21, 2, "CADONILIMAB", "TREATMENT", 2, 1, "2026-01-23"),          // 18 days: earliest allowed
                dose(22, 2, "CADONILIMAB", "TREATMENT", 3, 1, "2026-02-25"));         // late: a delay, not listed
        List<ConsistencyFinding> f = ConsistencyChecks.schedule(SUBJECTS, schedules(), doses, Set.of());
        assertEquals(List.of(13L), f.stream().map(ConsistencyFinding::recordId).toList());
        assertEquals(ConsistencyRule.CYCLE_TOO_EARLY, f.get(0).rule());
        assertEquals("CADONILIMAB cycle 2 day 1: before the earliest allowed 2026-01-23 (cycle 1 started on 2026-01-05),"
                + " no protocol deviation recorded", Texts.render(f.get(0).detail(), Locale.ENGLISH));
        assertTrue(Texts.render(f.get(0).detail(), Locale.SIMPLIFIED_CHINESE).contains("2026-01-23"));
        // recorded with a schedule deviation: not listed
        assertEquals(List.of(), ConsistencyChecks.schedule(SUBJECTS, schedules(), doses, Set.of(13L)));
    }

    @Test
    void phaseStartsOutsideTheirWindows() {
        List<DoseRow> doses = List.of(
                dose(30, 1, "CADONILIMAB", "TREATMENT", 1, 1, "2026-01-10"),          // enrolment + 8 days
                dose(31, 2, "CADONILIMAB", "TREATMENT", 1, 1, "2026-01-09"),          // + 7: in window
                dose(32, 3, "DOCETAXEL", "INDUCTION", 1, 1, "2026-01-09"),            // the SFRT day itself: not after
                dose(33, 3, "IPAROMLIMAB_TUVONRALIMAB", "INDUCTION", 1, 1, "2026-01-09"));
        List<ConsistencyFinding> f = ConsistencyChecks.schedule(SUBJECTS, schedules(), doses, Set.of());
        assertEquals(List.of(30L, 32L), f.stream().map(ConsistencyFinding::recordId).toList());
        f.forEach(x -> assertEquals(ConsistencyRule.PHASE_START_OUT_OF_WINDOW, x.rule()));
        assertEquals("Phase INDUCTION started outside its window 2026-01-10 to 2026-01-16 (counted from 2026-01-09),"
                + " no protocol deviation recorded", Texts.render(f.get(1).detail(), Locale.ENGLISH));
        assertEquals(List.of(32L), ConsistencyChecks.schedule(SUBJECTS, schedules(), doses, Set.of(30L)).stream()
                .map(ConsistencyFinding::recordId).toList());
    }
}
