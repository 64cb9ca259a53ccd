package org.vigia.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.SiteToday;
import org.vigia.subject.StudyPeriod.Kind;

/** The bounds of a subject's time in the study for each kind of record (consent, screening window, death, today). */
class StudyPeriodTest {

    private static final LocalDate CONSENT = LocalDate.of(2026, 3, 10);
    private static final LocalDate ENROLMENT = LocalDate.of(2026, 3, 20);
    private static final LocalDate DEATH = LocalDate.of(2026, 9, 1);
    private static final SiteToday TODAY = new SiteToday(LocalDate.of(2026, 10, 1), ZoneOffset.UTC);

    /** Enrolled 10 days after consent, 28-day screening window (window opens 2026-02-20), died on 1 September. */
    private static final StudyPeriod DEAD = new StudyPeriod(CONSENT, ENROLMENT, 28, Optional.of(DEATH), TODAY);

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            // clinical records: consent and death days inclusive
            "CLINICAL, 2026-03-09, false",
            "CLINICAL, 2026-03-10, true",
            "CLINICAL, 2026-09-01, true",
            "CLINICAL, 2026-09-02, false",
            // baseline: from the screening window's first day (enrolment - 28 = 2026-02-20), not after death
            "BASELINE, 2026-02-19, false",
            "BASELINE, 2026-02-20, true",
            "BASELINE, 2026-03-09, true",
            "BASELINE, 2026-09-02, false",
            // death-related: not before consent, may follow the death date
            "DEATH_RELATED, 2026-03-09, false",
            "DEATH_RELATED, 2026-03-10, true",
            "DEATH_RELATED, 2026-09-30, true",
            // never after today at the site, whatever the kind
            "DEATH_RELATED, 2026-10-02, false",
            "BASELINE, 2026-10-02, false",
    })
    void boundsOfEachKind(Kind kind, LocalDate day, boolean allowed) {
        assertEquals(allowed, DEAD.allows(kind, day));
    }

    @Test
    void aRefusalNamesTheFieldTheDateAndTheBound() {
        InvalidInput before = assertThrows(InvalidInput.class,
                () -> DEAD.require(Kind.CLINICAL, "collectedOn", LocalDate.of(2026, 3, 1)));
        assertEquals("collectedOn", before.field());
        assertEquals("'collectedOn' (2026-03-01) is before the subject's informed consent on 2026-03-10.",
                before.getMessage());

        InvalidInput window = assertThrows(InvalidInput.class,
                () -> DEAD.require(Kind.BASELINE, "assessedOn", LocalDate.of(2026, 2, 1)));
        assertEquals("'assessedOn' (2026-02-01) is before the subject's informed consent on 2026-03-10 and before the"
                + " screening window, which opens on 2026-02-20 (28 days before enrolment); only a baseline assessment"
                + " within that window may precede consent.", window.getMessage());

        InvalidInput after = assertThrows(InvalidInput.class,
                () -> DEAD.require(Kind.CLINICAL, "assessedOn", LocalDate.of(2026, 9, 15)));
        assertEquals("'assessedOn' (2026-09-15) is after the subject's death on 2026-09-01.", after.getMessage());

        InvalidInput future = assertThrows(InvalidInput.class,
                () -> DEAD.require(Kind.CLINICAL, "assessedOn", LocalDate.of(2026, 10, 2)));
        assertEquals("'assessedOn' (2026-10-02) is in the future: today is 2026-10-01 at the site (Z).",
                future.getMessage());
    }

    @Test
    void beforeEnrolmentTheWindowCountsFromConsent() {
        StudyPeriod screening = new StudyPeriod(CONSENT, null, 28, Optional.empty(), TODAY);
        assertEquals(LocalDate.of(2026, 2, 10), screening.screeningWindowStart());
        assertTrue(screening.allows(Kind.BASELINE, LocalDate.of(2026, 2, 10)));
        assertFalse(screening.allows(Kind.BASELINE, LocalDate.of(2026, 2, 9)));
        assertTrue(screening.allows(Kind.CLINICAL, LocalDate.of(2026, 9, 30)), "no death recorded: no upper bound but today");
    }

    @Test
    void aWindowThatOpensAfterConsentDoesNotMoveConsent() {
        StudyPeriod longScreening = new StudyPeriod(LocalDate.of(2026, 1, 1), ENROLMENT, 28, Optional.empty(), TODAY);
        assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), longScreening.earliest(Kind.BASELINE));
        assertTrue(longScreening.allows(Kind.BASELINE, LocalDate.of(2026, 1, 1)));
        assertFalse(longScreening.allows(Kind.BASELINE, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void withoutConsentThereIsNoLowerBound() {
        StudyPeriod noConsent = new StudyPeriod(null, null, 28, Optional.empty(), TODAY);
        assertTrue(noConsent.allows(Kind.CLINICAL, LocalDate.of(2020, 1, 1)));
        assertEquals(Optional.empty(), noConsent.earliest(Kind.BASELINE));
    }

    @Test
    void checkCollectsTheRefusalUnderTheField() {
        FieldErrors errors = new FieldErrors();
        DEAD.check(errors, Kind.CLINICAL, "contactDate", LocalDate.of(2026, 3, 1));
        DEAD.check(errors, Kind.CLINICAL, "other", null);
        InvalidInput e = assertThrows(InvalidInput.class, errors::throwIfAny);
        assertEquals("contactDate", e.field());
    }

    @Test
    void studyTreatmentIsNotGivenBeforeEnrolmentNorAfterDeath() {
        assertTrue(DEAD.allows(Kind.TREATMENT, ENROLMENT));
        assertFalse(DEAD.allows(Kind.TREATMENT, ENROLMENT.minusDays(1)));
        assertTrue(DEAD.allows(Kind.CLINICAL, ENROLMENT.minusDays(1)), "other clinical records may precede enrolment");
        assertFalse(DEAD.allows(Kind.TREATMENT, DEATH.plusDays(1)));
        assertTrue(DEAD.refusal(Kind.TREATMENT, "on", ENROLMENT.minusDays(1)).orElseThrow().english()
                .contains("enrolment on " + ENROLMENT));
    }
}
