package org.vigia.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverdueRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ParameterizedTest(name = "collected 2026-03-01, limit {0} days, now {1} in Shanghai: overdue since {2}")
    @CsvSource({
            "7, 2026-03-08T23:59:59, ''",                       // day 7 after collection: still on time
            "7, 2026-03-09T00:00:00, 2026-03-09T00:00:00",      // older than 7 days: overdue from the start of day 8
            "7, 2026-03-20T10:00:00, 2026-03-09T00:00:00",
            "3, 2026-03-04T23:59:59, ''",
            "3, 2026-03-05T00:00:00, 2026-03-05T00:00:00",
    })
    void aPendingProposalIsOverdueOnceOlderThanTheLimitInTheSitesDays(int limit, String localNow, String localSince) {
        Instant now = java.time.LocalDateTime.parse(localNow).atZone(SHANGHAI).toInstant();
        Optional<Instant> since = OverdueRules.proposal(LocalDate.of(2026, 3, 1), limit, SHANGHAI, now);
        assertEquals(localSince.isEmpty() ? Optional.empty()
                : Optional.of(java.time.LocalDateTime.parse(localSince).atZone(SHANGHAI).toInstant()), since);
    }

    @Test
    void theSameInstantIsOverdueInShanghaiAndNotYetInParis() {
        Instant now = Instant.parse("2026-03-08T17:00:00Z"); // 01:00 on the 9th in Shanghai, 18:00 on the 8th in Paris
        assertTrue(OverdueRules.proposal(LocalDate.of(2026, 3, 1), 7, SHANGHAI, now).isPresent());
        assertTrue(OverdueRules.proposal(LocalDate.of(2026, 3, 1), 7, PARIS, now).isEmpty());
    }

    @Test
    void aLimitBelowOneDayIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> OverdueRules.proposal(LocalDate.of(2026, 3, 1), 0, SHANGHAI, Instant.now()));
    }

    @Test
    void anSaeIsOnTimeAtItsDeadlineAndOverdueJustAfter() {
        Instant aware = Instant.parse("2026-03-01T08:00:00Z");
        Instant due = aware.plus(Duration.ofHours(24));
        assertEquals(Optional.empty(), OverdueRules.seriousAdverseEvent(aware, due, null, due));
        assertEquals(Optional.empty(), OverdueRules.seriousAdverseEvent(aware, due, null, due.minusSeconds(1)));
        assertEquals(Optional.of(due), OverdueRules.seriousAdverseEvent(aware, due, null, due.plusMillis(1)));
        assertEquals(Optional.of(due), OverdueRules.seriousAdverseEvent(aware, due, null, due.plus(Duration.ofDays(3))));
    }

    @Test
    void aReportedSaeIsNeverOverdueEvenWhenReportedLate() {
        Instant aware = Instant.parse("2026-03-01T08:00:00Z");
        Instant due = aware.plus(Duration.ofHours(24));
        Instant now = due.plus(Duration.ofDays(2));
        assertEquals(Optional.empty(), OverdueRules.seriousAdverseEvent(aware, due, due.plusSeconds(3600), now));
        assertEquals(Optional.empty(), OverdueRules.seriousAdverseEvent(aware, due, aware.plusSeconds(60), now));
    }

    @Test
    void anOngoingAeOfADeadSubjectIsOverdueFromTheDeathDate() {
        LocalDate death = LocalDate.of(2026, 4, 10);
        Instant now = Instant.parse("2026-04-12T12:00:00Z");
        Optional<Instant> since = OverdueRules.ongoingAfterDeath(true, death, SHANGHAI, now);
        assertEquals(Optional.of(death.atStartOfDay(SHANGHAI).toInstant()), since);
        WorklistItem item = new WorklistItem(WorkKind.ONGOING_AE_AFTER_DEATH, 1L, "NCT1", 2L, "CN02", "Site", 3L,
                "CN02-0001", 4L, "Nausea", death.toString(), since.orElseThrow(), now);
        assertEquals(2, item.overdueDays());
        assertEquals("/ae/edit.xhtml?subject=3&id=4", item.link());
    }

    @Test
    void anEndedAeOrALivingSubjectIsNoItem() {
        Instant now = Instant.parse("2026-04-12T12:00:00Z");
        assertEquals(Optional.empty(), OverdueRules.ongoingAfterDeath(false, LocalDate.of(2026, 4, 10), SHANGHAI, now));
        assertEquals(Optional.empty(), OverdueRules.ongoingAfterDeath(true, null, SHANGHAI, now));
    }

    @Test
    void theRecordDateShowsADateAsItIsAndAnInstantToTheMinuteInUtc() {
        Instant now = Instant.parse("2026-04-12T12:00:00Z");
        WorklistItem sae = new WorklistItem(WorkKind.SAE_REPORT, 1L, "NCT1", 2L, "CN02", "Site", 3L, "CN02-0001", 4L,
                "Pneumonitis", "2026-04-10T08:05:30.123Z", now.minus(Duration.ofHours(20)), now);
        assertEquals("2026-04-10 08:05 UTC", sae.recordDateLabel());
        WorklistItem lab = new WorklistItem(WorkKind.LAB_PROPOSAL, 1L, "NCT1", 2L, "CN02", "Site", 3L, "CN02-0001", 4L,
                "Anemia", "2026-04-01", now.minus(Duration.ofDays(4)), now);
        assertEquals("2026-04-01", lab.recordDateLabel());
    }

    @Test
    void countsAddUpByKind() {
        WorklistCount c = new WorklistCount(1L, "NCT1", 2L, "CN02", "Site", 0, 0, 0).plus(WorkKind.LAB_PROPOSAL)
                .plus(WorkKind.LAB_PROPOSAL).plus(WorkKind.SAE_REPORT);
        assertEquals(2, c.labProposals());
        assertEquals(1, c.saeReports());
        assertEquals(0, c.ongoingAfterDeath());
        assertEquals(3, c.total());
    }
}
