package org.vigia.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.SiteToday;

/** Event dates for OS, PFS, EFS, DMFS and LRRFS from recorded disease events and follow-up contacts. */
class SurvivalEventDatesTest {

    private static final SiteToday TODAY = SiteToday.in(ZoneId.of("Asia/Shanghai"));

    private static final LocalDate ENROLLED = LocalDate.of(2025, 1, 10);

    private static DiseaseEvent event(DiseaseEvent.Kind kind, DiseaseEvent.Extent extent, String date) {
        return new DiseaseEvent(1L, kind, extent, LocalDate.parse(date), DiseaseEvent.Basis.CLINICAL, null, "CT", null, "t");
    }

    private static FollowUpContact alive(String date) {
        return new FollowUpContact(1L, LocalDate.parse(date), FollowUpContact.SurvivalStatus.ALIVE, null, null, null, null,
                "t", TODAY);
    }

    @Test
    void firstEventOfEachKindAndLocoregionalVersusDistant() {
        List<DiseaseEvent> events = List.of(
                event(DiseaseEvent.Kind.RECURRENCE, DiseaseEvent.Extent.DISTANT, "2025-09-01"),
                event(DiseaseEvent.Kind.RECURRENCE, DiseaseEvent.Extent.REGIONAL, "2025-07-15"),
                event(DiseaseEvent.Kind.PROGRESSION, DiseaseEvent.Extent.LOCAL, "2025-05-02"));
        SurvivalEventDates d = SurvivalEventDates.from(1L, "CN01-001", "A", ENROLLED, LocalDate.of(2025, 1, 15),
                LocalDate.of(2025, 4, 1), events, List.of(alive("2025-10-01")));
        assertEquals(LocalDate.of(2025, 5, 2), d.firstProgression());
        assertEquals(LocalDate.of(2025, 5, 2), d.firstLocoregionalProgression());
        assertEquals(LocalDate.of(2025, 7, 15), d.firstLocoregionalRecurrence());
        assertEquals(LocalDate.of(2025, 9, 1), d.firstDistant());
        assertEquals(LocalDate.of(2025, 7, 15), d.firstRecurrence());
        assertNull(d.deathDate());
        assertEquals(LocalDate.of(2025, 10, 1), d.lastKnownAlive(), "censored at the last contact alive");
        // PFS: progression or death; DMFS: distant metastasis or death
        assertEquals(LocalDate.of(2025, 5, 2), d.firstOf(List.of("PROGRESSION", "DEATH_ANY_CAUSE")));
        assertEquals(LocalDate.of(2025, 9, 1), d.firstOf(List.of("DISTANT_METASTASIS", "DEATH_ANY_CAUSE")));
        assertFalse(d.eventDates().containsKey("DEATH_ANY_CAUSE"));
    }

    @Test
    void deathIsTheOsEventAndEndsFollowUp() {
        FollowUpContact death = new FollowUpContact(1L, LocalDate.of(2025, 12, 3), FollowUpContact.SurvivalStatus.DEAD,
                LocalDate.of(2025, 11, 28), FollowUpContact.DeathCause.DISEASE, null, null, "t", TODAY);
        SurvivalEventDates d = SurvivalEventDates.from(1L, "CN01-001", "A", ENROLLED, null, null, List.of(),
                List.of(alive("2025-06-01"), death));
        assertEquals(LocalDate.of(2025, 11, 28), d.deathDate());
        assertEquals("DISEASE", d.deathCause());
        assertEquals(LocalDate.of(2025, 11, 28), d.firstOf(List.of("PROGRESSION", "DEATH_ANY_CAUSE")));
        assertEquals(LocalDate.of(2025, 11, 28), d.lastKnownAlive());
    }

    @Test
    void lostToFollowUpIsCensoredAtTheLastDateKnownAlive() {
        FollowUpContact lost = new FollowUpContact(1L, LocalDate.of(2025, 12, 1),
                FollowUpContact.SurvivalStatus.LOST_TO_FOLLOW_UP, null, null, null, LocalDate.of(2025, 8, 20), "t",
                TODAY);
        SurvivalEventDates d = SurvivalEventDates.from(1L, "CN01-001", "A", ENROLLED, null, LocalDate.of(2025, 3, 1),
                List.of(), List.of(lost));
        assertTrue(d.lostToFollowUp());
        assertEquals(LocalDate.of(2025, 8, 20), d.lastKnownAlive());
        assertTrue(d.eventDates().isEmpty());
    }

    @Test
    void aContactNeedsWhatItsStatusImplies() {
        InvalidInput dead = assertThrows(InvalidInput.class, () -> new FollowUpContact(1L, LocalDate.of(2025, 12, 1),
                FollowUpContact.SurvivalStatus.DEAD, null, null, null, null, "t", TODAY));
        assertTrue(dead.fieldErrors().containsKey("deathDate"));
        assertTrue(dead.fieldErrors().containsKey("deathCause"));
        InvalidInput lost = assertThrows(InvalidInput.class, () -> new FollowUpContact(1L, LocalDate.of(2025, 12, 1),
                FollowUpContact.SurvivalStatus.LOST_TO_FOLLOW_UP, null, null, null, null, "t", TODAY));
        assertTrue(lost.fieldErrors().containsKey("lastKnownAlive"));
    }
}
