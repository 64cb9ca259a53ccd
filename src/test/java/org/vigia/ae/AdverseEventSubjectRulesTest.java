package org.vigia.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.ae.AdverseEventSubjectRules.Episode;
import org.vigia.ae.AdverseEventSubjectRules.SubjectRecords;
import org.vigia.ae.AdverseEventSubjectRules.Violation;
import org.vigia.shared.PartialDate;
import org.vigia.shared.text.Texts;

class AdverseEventSubjectRulesTest {

    private static final String MUCOSITIS = "10028130";
    private static final LocalDate CONSENT = LocalDate.of(2026, 9, 1);
    private static final LocalDate DOCETAXEL_FIRST = LocalDate.of(2026, 9, 10);
    private static final Map<String, String> NAMES = Map.of("DOCETAXEL", "Docetaxel", "IPI", "Iparomlimab",
            AdverseEventAttribution.RADIOTHERAPY, "Radiotherapy");

    private static SubjectRecords records(LocalDate death, List<Episode> others) {
        return new SubjectRecords(CONSENT, death, Map.of("DOCETAXEL", DOCETAXEL_FIRST), NAMES, others);
    }

    private static AdverseEventDetails ae(String onset, String end, AeOutcome outcome,
                                          AdverseEventDetails.Attribution... attributions) {
        return new AdverseEventDetails(MUCOSITIS, null, PartialDate.parse(onset),
                end == null ? null : PartialDate.parse(end), end == null, outcome == AeOutcome.FATAL ? 5 : 2, null,
                false, Set.of(), null, List.of(attributions), outcome, false, null, null, null);
    }

    private static AdverseEventDetails.Attribution to(String agent, Causality causality) {
        return new AdverseEventDetails.Attribution(agent, null, causality, null);
    }

    private static String english(Violation v) {
        return Texts.render(v.message(), Locale.ENGLISH);
    }

    // ---- causality

    @ParameterizedTest(name = "onset {0}, {1}: refused {2}")
    @CsvSource({
            "2026-09-09, POSSIBLE, true",    // the day before the first dose
            "2026-09-10, DEFINITE, false",   // the day of the first dose
            "2026-09-11, POSSIBLE, false",
            "2026-09, PROBABLE, false",      // September may be on or after the 10th
            "2026-09-05, UNLIKELY, true",    // anything but unrelated counts
            "2026-09-09, UNRELATED, false"})
    void causalityOnlyToAnAgentGivenByTheOnset(String onset, Causality causality, boolean refused) {
        List<Violation> v = AdverseEventSubjectRules.check(ae(onset, null, null, to("DOCETAXEL", causality)), null,
                records(null, List.of()));
        assertEquals(refused, !v.isEmpty(), v.toString());
        if (refused) {
            assertEquals("attributions[0].causality", v.get(0).field());
            assertTrue(english(v.get(0)).contains("Docetaxel, first given on 2026-09-10, after the onset " + onset),
                    english(v.get(0)));
        }
    }

    @Test
    void causalityToAnAgentNeverGivenIsRefusedNamingTheAgentAndNotGiven() {
        List<Violation> v = AdverseEventSubjectRules.check(ae("2026-09-20", null, null,
                to("DOCETAXEL", Causality.POSSIBLE), to("IPI", Causality.UNRELATED),
                to(AdverseEventAttribution.RADIOTHERAPY, Causality.PROBABLE)), null, records(null, List.of()));
        assertEquals(1, v.size(), v.toString());
        assertEquals("attributions[2].causality", v.get(0).field());
        assertEquals("'attributions[2].causality': causality 'Probable' to Radiotherapy, which the subject has not"
                + " been given (not given) by the onset 2026-09-20; only 'Unrelated' fits an agent not yet given.",
                english(v.get(0)));
    }

    // ---- one AE per episode

    @Test
    void aNewAeOfTheSameTermDuringAnOpenOneIsRefusedPointingToIt() {
        Episode open = new Episode(41, MUCOSITIS, "Mucositis oral", PartialDate.parse("2026-09-12"), null);
        List<Violation> v = AdverseEventSubjectRules.check(ae("2026-09-20", null, null), null,
                records(null, List.of(open)));
        assertEquals(1, v.size(), v.toString());
        assertEquals("term", v.get(0).field());
        assertEquals("OVERLAP:41", v.get(0).code());
        assertTrue(english(v.get(0)).contains("(AE 41, onset 2026-09-12, ongoing)"), english(v.get(0)));
        // an episode that ended before the open one began is not the same episode
        assertTrue(AdverseEventSubjectRules.check(ae("2026-09-02", "2026-09-05", null), null,
                records(null, List.of(open))).isEmpty());
        // another term is another AE
        Episode rash = new Episode(42, "10037868", "Rash maculo-papular", PartialDate.parse("2026-09-12"), null);
        assertTrue(AdverseEventSubjectRules.check(ae("2026-09-20", null, null), null,
                records(null, List.of(rash))).isEmpty());
    }

    @ParameterizedTest(name = "{0} to {1} against 2026-09-12 to 2026-09-18: overlap {2}")
    @CsvSource({
            "2026-09-19, , false",           // after the previous episode ended
            "2026-09-18, , true",            // shares its last day
            "2026-09-05, 2026-09-12, true",  // ends on its first day
            "2026-09-05, 2026-09-11, false",
            "2026-09-14, 2026-09-15, true",  // inside
            "2026-09, , false",              // September may be after the 18th
            "2026-09, 2026-09, false"})
    void aClosedEpisodeOfTheSameTermOverlapsOnlyWhenCertain(String onset, String end, boolean overlap) {
        Episode closed = new Episode(43, MUCOSITIS, "Mucositis oral", PartialDate.parse("2026-09-12"),
                PartialDate.parse("2026-09-18"));
        List<Violation> v = AdverseEventSubjectRules.check(ae(onset, end, null), null, records(null, List.of(closed)));
        assertEquals(overlap, !v.isEmpty(), v.toString());
        if (overlap) {
            assertTrue(english(v.get(0)).contains("(AE 43, 2026-09-12 to 2026-09-18)"), english(v.get(0)));
        }
    }

    // ---- consent and death

    @Test
    void datesBeforeConsentOrAfterDeathAreRefusedNamingFieldAndDate() {
        LocalDate death = LocalDate.of(2026, 10, 30);
        List<Violation> before = AdverseEventSubjectRules.check(ae("2026-08-31", "2026-09-03", null), null,
                records(death, List.of()));
        assertEquals(List.of("onset"), before.stream().map(Violation::field).toList());
        assertEquals("'onset' (2026-08-31) is before the subject's informed consent on 2026-09-01.", english(before.get(0)));
        assertEquals(1, AdverseEventSubjectRules.check(ae("2026-08", null, null), null, records(death, List.of())).size(),
                "August is before a consent on 1 September whatever the day");
        assertTrue(AdverseEventSubjectRules.check(ae("2026-09", null, null), null, records(death, List.of())).isEmpty(),
                "September may be on or after the consent: refused only when certain");

        List<Violation> after = AdverseEventSubjectRules.check(ae("2026-10-20", "2026-11-02", null),
                PartialDate.parse("2026-10-31"), records(death, List.of()));
        assertEquals(List.of("end", "gradeSince"), after.stream().map(Violation::field).toList());
        assertEquals("'end' (2026-11-02) is after the subject's death on 2026-10-30 (recorded on the follow-up form).",
                english(after.get(0)));
        assertEquals(1, AdverseEventSubjectRules.check(ae("2026-11", null, null), null, records(death, List.of())).size(),
                "an onset in November is after a death in October whatever the day");
        assertTrue(AdverseEventSubjectRules.check(ae("2026-10-30", "2026-10-30", null), null,
                records(death, List.of())).isEmpty(), "the day of death is allowed");
    }

    @Test
    void aFatalAeEndsOnTheRecordedDeathDate() {
        LocalDate death = LocalDate.of(2026, 10, 30);
        assertTrue(AdverseEventSubjectRules.check(ae("2026-10-20", "2026-10-30", AeOutcome.FATAL), null,
                records(death, List.of())).isEmpty());
        List<Violation> early = AdverseEventSubjectRules.check(ae("2026-10-20", "2026-10-25", AeOutcome.FATAL), null,
                records(death, List.of()));
        assertEquals("end", early.get(0).field());
        assertTrue(english(early.get(0)).contains("'end' (2026-10-25) must be 2026-10-30"), english(early.get(0)));
        List<Violation> ongoing = AdverseEventSubjectRules.check(ae("2026-10-20", null, AeOutcome.FATAL), null,
                records(death, List.of()));
        assertEquals("FATAL_END", ongoing.get(0).code());
        assertTrue(AdverseEventSubjectRules.check(ae("2026-10-20", null, AeOutcome.FATAL), null,
                records(null, List.of())).isEmpty(), "no death recorded yet: nothing to compare with");
    }
}
