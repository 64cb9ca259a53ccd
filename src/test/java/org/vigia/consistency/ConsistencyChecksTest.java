package org.vigia.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigia.consistency.ConsistencyChecks.AeRow;
import org.vigia.consistency.ConsistencyChecks.AttributionRow;
import org.vigia.consistency.ConsistencyChecks.DoseRow;
import org.vigia.consistency.ConsistencyChecks.SubjectRow;
import org.vigia.shared.text.Texts;

class ConsistencyChecksTest {

    private static final LocalDate DEATH = LocalDate.of(2026, 3, 10);
    private static final Map<Long, SubjectRow> SUBJECTS = Map.of(
            1L, new SubjectRow(1, "CN02", "CN02-0001", DEATH, LocalDate.of(2026, 2, 1)),
            2L, new SubjectRow(2, "FR01", "FR01-0001", null, null));

    private static AeRow ae(long id, long subject, String term, String onset, String end, boolean ongoing) {
        return new AeRow(id, subject, term, onset, end, ongoing);
    }

    private static DoseRow dose(long id, long subject, String agent, int cycle, int day, String on, boolean given) {
        return new DoseRow(id, subject, agent, "P1", cycle, day, LocalDate.parse(on), given);
    }

    private static List<Long> ids(List<ConsistencyFinding> f) {
        return f.stream().map(ConsistencyFinding::recordId).toList();
    }

    @Test
    void aeOnsetAfterDeathCountsOnlyWhenCertainlyAfter() {
        List<AeRow> aes = List.of(ae(10, 1, "Nausea", "2026-03-11", "2026-03-12", false),
                ae(11, 1, "Fatigue", "2026-03", "2026-03-09", false),          // may be before the death
                ae(12, 1, "Rash", "2026-03-10", "2026-03-10", false),          // the day of death
                ae(13, 2, "Rash", "2026-05-01", null, true));                 // alive
        List<ConsistencyFinding> f = ConsistencyChecks.aeAfterDeath(SUBJECTS, aes);
        assertEquals(List.of(10L), ids(f));
        assertEquals("Nausea: onset after the subject's death on 2026-03-10",
                Texts.render(f.get(0).detail(), Locale.ENGLISH));
        assertEquals("CN02-0001", f.get(0).subject());
        assertEquals("CN02", f.get(0).siteCode());
    }

    @Test
    void aeOngoingForASubjectWhoDied() {
        List<AeRow> aes = List.of(ae(10, 1, "Nausea", "2026-03-01", null, true),
                ae(11, 1, "Fatigue", "2026-03-01", "2026-03-05", false),
                ae(12, 2, "Rash", "2026-05-01", null, true));
        assertEquals(List.of(10L), ids(ConsistencyChecks.aeOngoingAfterDeath(SUBJECTS, aes)));
    }

    @Test
    void administrationAfterDiscontinuationOrDeath() {
        List<DoseRow> doses = List.of(dose(20, 1, "cape", 1, 1, "2026-01-10", true),
                dose(21, 1, "cape", 2, 1, "2026-02-05", true),                // after discontinuation
                dose(22, 1, "cape", 3, 1, "2026-03-15", true),                // after death
                dose(23, 1, "cape", 3, 2, "2026-03-16", false),               // not given: no finding
                dose(24, 2, "cape", 5, 1, "2026-09-01", true));
        List<ConsistencyFinding> f = ConsistencyChecks.doseAfterEnd(SUBJECTS, doses);
        assertEquals(List.of(21L, 22L), ids(f));
        assertEquals("cape cycle 2 day 1: given after treatment discontinuation on 2026-02-01",
                Texts.render(f.get(0).detail(), Locale.ENGLISH));
        assertEquals("cape cycle 3 day 1: given after the subject's death on 2026-03-10",
                Texts.render(f.get(1).detail(), Locale.ENGLISH));
    }

    @Test
    void dayNBeforeDayOneOfTheSameCycle() {
        List<DoseRow> doses = List.of(dose(30, 2, "cis", 1, 1, "2026-01-10", true),
                dose(31, 2, "cis", 1, 2, "2026-01-08", true),                 // before day 1
                dose(32, 2, "cis", 1, 8, "2026-01-17", true),
                dose(33, 2, "5fu", 1, 2, "2026-01-08", true),                 // other agent: no day 1 recorded
                dose(34, 2, "cis", 2, 2, "2026-01-20", true));                // other cycle: no day 1
        List<ConsistencyFinding> f = ConsistencyChecks.dayBeforeDayOne(SUBJECTS, doses);
        assertEquals(List.of(31L), ids(f));
        assertEquals("cis cycle 1 day 2: given before day 1 of the cycle (2026-01-10)",
                Texts.render(f.get(0).detail(), Locale.ENGLISH));
    }

    @Test
    void causalityToAnAgentNotYetGiven() {
        List<AeRow> aes = List.of(ae(40, 2, "Nausea", "2026-01-05", null, true),
                ae(41, 2, "Rash", "2026-01-20", null, true),
                ae(42, 2, "Fatigue", "2026-01", null, true));
        List<DoseRow> doses = List.of(dose(50, 2, "cis", 1, 1, "2026-01-10", true),
                new DoseRow(null, 2, ConsistencyChecks.RADIOTHERAPY, null, 0, 0, LocalDate.of(2026, 1, 12), true));
        List<AttributionRow> attributions = List.of(
                new AttributionRow(60, 40, "cis", "Cisplatin", "POSSIBLE"),       // onset before first dose
                new AttributionRow(61, 40, "pembro", "Pembrolizumab", "UNRELATED"),
                new AttributionRow(62, 41, "cis", "Cisplatin", "PROBABLE"),       // after: fine
                new AttributionRow(63, 41, "pembro", "Pembrolizumab", "DEFINITE"), // never given
                new AttributionRow(64, 42, "RADIOTHERAPY", "Radiotherapy", "POSSIBLE"), // January may be after
                new AttributionRow(65, 40, "RADIOTHERAPY", "Radiotherapy", null));
        List<ConsistencyFinding> f = ConsistencyChecks.causalityBeforeExposure(SUBJECTS, aes, doses, attributions);
        assertEquals(List.of(60L, 63L), ids(f));
        assertEquals("Nausea: attributed to Cisplatin, first given on 2026-01-10, after the onset",
                Texts.render(f.get(0).detail(), Locale.ENGLISH));
        assertEquals("Rash: attributed to Pembrolizumab, which the subject has not been given",
                Texts.render(f.get(1).detail(), Locale.ENGLISH));
    }

    @Test
    void overlappingEpisodesOfTheSameTerm() {
        List<AeRow> aes = List.of(ae(70, 2, "Nausea", "2026-01-05", "2026-01-10", false),
                ae(71, 2, "Nausea", "2026-01-10", "2026-01-12", false),      // shares 10 January
                ae(72, 2, "Nausea", "2026-01-13", null, true),               // after both: none
                ae(73, 2, "Nausea", "2026-02-01", null, true),               // inside the open 72
                ae(74, 2, "Rash", "2026-01-06", null, true),
                ae(75, 1, "Nausea", "2026-01-06", null, true));              // other subject
        List<ConsistencyFinding> f = ConsistencyChecks.aeOverlap(SUBJECTS, aes);
        assertEquals(List.of(71L, 73L), ids(f));
        assertEquals("Nausea: overlaps adverse event 72 of the same term (2026-01-13 to ongoing)",
                Texts.render(f.get(1).detail(), Locale.ENGLISH));
        assertEquals("与同一术语的不良事件 72（2026-01-13 至 持续中）时间重叠",
                Texts.render(f.get(1).detail(), Locale.SIMPLIFIED_CHINESE).substring("Nausea：".length()));
    }

    @Test
    void aeOnsetBeforeConsentCountsOnlyWhenCertainlyBefore() {
        LocalDate consent = LocalDate.of(2026, 1, 15);
        Map<Long, SubjectRow> subjects = Map.of(
                3L, new SubjectRow(3, "CN01", "CN01-0003", null, null, consent),
                4L, new SubjectRow(4, "CN01", "CN01-0004", null, null, null));          // no consent recorded
        List<AeRow> aes = List.of(ae(80, 3, "Nausea", "2026-01-14", "2026-01-20", false), // the day before
                ae(81, 3, "Fatigue", "2026-01", null, true),                 // January may be after the 15th
                ae(82, 3, "Rash", "2026-01-15", null, true),                 // the day of consent
                ae(83, 3, "Cough", "2025-12", "2026-01-02", false),          // December: certainly before
                ae(84, 4, "Nausea", "2020-01-01", null, true));
        List<ConsistencyFinding> f = ConsistencyChecks.aeBeforeConsent(subjects, aes);
        assertEquals(List.of(80L, 83L), ids(f));
        assertEquals("Nausea: onset before the subject's informed consent on 2026-01-15",
                Texts.render(f.get(0).detail(), Locale.ENGLISH));
        assertEquals(ConsistencyRule.AE_BEFORE_CONSENT, f.get(0).rule());
        assertEquals("CN01-0003", f.get(0).subject());
        assertEquals(List.of(80L, 83L), ids(ConsistencyChecks.all(subjects, aes, List.of(), List.of()).stream()
                .filter(x -> x.rule() == ConsistencyRule.AE_BEFORE_CONSENT).toList()));
    }

    @Test
    void everyRuleHasALabelInBothLanguages() {
        for (ConsistencyRule r : ConsistencyRule.values()) {
            org.junit.jupiter.api.Assertions.assertNotEquals(Texts.enumKey(r),
                    Texts.label(org.vigia.shared.text.Bundle.MESSAGES, Locale.SIMPLIFIED_CHINESE, r));
            org.junit.jupiter.api.Assertions.assertNotEquals(Texts.enumKey(r),
                    Texts.label(org.vigia.shared.text.Bundle.MESSAGES, Locale.ENGLISH, r));
        }
    }
}
