package org.vigia.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.shared.PartialDate;
import org.vigia.terminology.CtcaeDictionary;
import org.vigia.terminology.CtcaeTerm;

class AdverseEventChecksTest {

    private static final CtcaeDictionary CTCAE = CtcaeDictionary.load();
    private static final CtcaeTerm PNEUMONITIS = CTCAE.getByTerm("Pneumonitis");
    private static final CtcaeTerm ANC = CTCAE.getByTerm("Neutrophil count decreased");
    private static final CtcaeTerm OTHER = CTCAE.getByTerm("Respiratory, thoracic and mediastinal disorders - Other, specify");

    private static AdverseEventEntry consistent() {
        return AdverseEventEntry.of(PNEUMONITIS, 2)
                .withDates(PartialDate.parse("2026-03-01"), PartialDate.parse("2026-03-20"))
                .withOutcome(AeOutcome.RECOVERED_RESOLVED)
                .withSeriousness(false, Set.of());
    }

    @Test
    void aConsistentRecordHasNoFindings() {
        assertEquals(List.of(), AdverseEventChecks.check(consistent()));
        assertEquals(List.of(), AdverseEventChecks.check(AdverseEventEntry.of(null, null)));
    }

    @ParameterizedTest(name = "onset {0}, end {1}: flagged {2}")
    @CsvSource({
            "2026-03-14, 2026-03-13, true",
            "2026-03-14, 2026-03-14, false",
            "2026-03-14, 2026-03, false",
            "2026-03, 2026-03-02, false",
            "2026-03, 2026-02, true",
            "2026-03-14, 2026-02-28, true",
            "2026, 2025-12-31, true",
            "2026, 2026-01-01, false",
    })
    void endBeforeOnsetOnlyWhenDefinitelyBefore(String onset, String end, boolean flagged) {
        AdverseEventEntry e = consistent().withDates(PartialDate.parse(onset), PartialDate.parse(end));
        assertEquals(flagged ? List.of(AdverseEventChecks.END_BEFORE_ONSET) : List.of(), AdverseEventChecks.check(e));
    }

    @Test
    void grade5AndFatalOutcomeGoTogether() {
        AdverseEventEntry grade5 = AdverseEventEntry.of(PNEUMONITIS, 5)
                .withSeriousness(true, Set.of(SeriousnessCriterion.DEATH));
        assertEquals(List.of(AdverseEventChecks.GRADE_5_NOT_FATAL), AdverseEventChecks.check(grade5));
        assertEquals(List.of(AdverseEventChecks.GRADE_5_NOT_FATAL),
                AdverseEventChecks.check(grade5.withOutcome(AeOutcome.RECOVERED_RESOLVED)));
        assertEquals(List.of(), AdverseEventChecks.check(grade5.withOutcome(AeOutcome.FATAL)));

        AdverseEventEntry fatalGrade4 = AdverseEventEntry.of(PNEUMONITIS, 4).withOutcome(AeOutcome.FATAL)
                .withSeriousness(true, Set.of(SeriousnessCriterion.DEATH));
        assertEquals(List.of(AdverseEventChecks.FATAL_NOT_GRADE_5), AdverseEventChecks.check(fatalGrade4));
    }

    @Test
    void seriousnessAndItsCriteriaGoTogether() {
        assertEquals(List.of(AdverseEventChecks.SERIOUS_WITHOUT_CRITERION),
                AdverseEventChecks.check(consistent().withSeriousness(true, Set.of())));
        assertEquals(List.of(AdverseEventChecks.CRITERION_WITHOUT_SERIOUS),
                AdverseEventChecks.check(consistent().withSeriousness(false, Set.of(SeriousnessCriterion.HOSPITALISATION))));
        assertEquals(List.of(AdverseEventChecks.CRITERION_WITHOUT_SERIOUS),
                AdverseEventChecks.check(consistent().withSeriousness(null, Set.of(SeriousnessCriterion.HOSPITALISATION))));
        assertEquals(List.of(), AdverseEventChecks.check(
                consistent().withSeriousness(true, Set.of(SeriousnessCriterion.HOSPITALISATION))));
    }

    @Test
    void ongoingEventHasNoEndDate() {
        assertEquals(List.of(AdverseEventChecks.ONGOING_WITH_END_DATE),
                AdverseEventChecks.check(consistent().withOngoing(true)));
        assertEquals(List.of(), AdverseEventChecks.check(
                consistent().withOngoing(true).withDates(PartialDate.parse("2026-03-01"), null)
                        .withOutcome(AeOutcome.NOT_RECOVERED_NOT_RESOLVED)));
    }

    @Test
    void otherSpecifyNeedsTheEventNamed() {
        AdverseEventEntry other = AdverseEventEntry.of(OTHER, 2);
        assertEquals(List.of(AdverseEventChecks.OTHER_SPECIFY_WITHOUT_VERBATIM), AdverseEventChecks.check(other));
        assertEquals(List.of(AdverseEventChecks.OTHER_SPECIFY_WITHOUT_VERBATIM),
                AdverseEventChecks.check(other.withVerbatimTerm("  ")));
        assertEquals(List.of(), AdverseEventChecks.check(other.withVerbatimTerm("Pleural thickening")));
    }

    @Test
    void gradeMustExistForTheTerm() {
        // Neutrophil count decreased has no Grade 5 ("-")
        assertEquals(List.of(AdverseEventChecks.GRADE_UNDEFINED_FOR_TERM),
                AdverseEventChecks.check(AdverseEventEntry.of(ANC, 5).withOutcome(AeOutcome.FATAL)));
        assertEquals(List.of(), AdverseEventChecks.check(AdverseEventEntry.of(ANC, 4)));
        // Hypermagnesemia has no Grade 2
        assertEquals(List.of(AdverseEventChecks.GRADE_UNDEFINED_FOR_TERM),
                AdverseEventChecks.check(AdverseEventEntry.of(CTCAE.getByTerm("Hypermagnesemia"), 2)));
    }

    @Test
    void reportsEveryFindingAtOnceInOrder() {
        AdverseEventEntry bad = new AdverseEventEntry(OTHER, null, 5, PartialDate.parse("2026-03-10"),
                PartialDate.parse("2026-03-01"), true, AeOutcome.RECOVERING_RESOLVING, true, Set.of());
        assertEquals(List.of(AdverseEventChecks.END_BEFORE_ONSET, AdverseEventChecks.GRADE_5_NOT_FATAL,
                AdverseEventChecks.SERIOUS_WITHOUT_CRITERION, AdverseEventChecks.ONGOING_WITH_END_DATE,
                AdverseEventChecks.OTHER_SPECIFY_WITHOUT_VERBATIM), AdverseEventChecks.check(bad));
        assertEquals("end", AdverseEventChecks.END_BEFORE_ONSET.field());
        assertEquals("ae.check.endBeforeOnset", AdverseEventChecks.END_BEFORE_ONSET.messageKey());
    }
}
