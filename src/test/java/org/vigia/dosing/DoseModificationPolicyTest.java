package org.vigia.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigia.study.definition.AgentClass;
import org.vigia.study.definition.DoseModificationRules;
import org.vigia.study.definition.DoseModificationRule;
import org.vigia.study.definition.DoseAction;
import org.vigia.study.definition.ResumeDose;

class DoseModificationPolicyTest {

    private static final String NEUTROPENIA = "Neutrophil count decreased";

    private static BigDecimal pct(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    private static void assertPercent(String expected, BigDecimal actual) {
        if (expected == null) {
            assertNull(actual);
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " % but was " + actual);
        }
    }

    private static DoseDecisionRequest request(String agent, AgentClass agentClass, String currentPercent,
                                               int reductionsSoFar, List<AdverseEventSnapshot> open,
                                               List<AdverseEventSnapshot> previous) {
        return new DoseDecisionRequest(agent, agentClass, pct(currentPercent), reductionsSoFar, open, previous);
    }

    /**
     * NCT07041788, "Grading Management": Grade 1-2 no dose adjustment; Grade 3 suspension until ≤Grade 1, restart with
     * unchanged iparomlimab/tuvonralimab, chemotherapy reduced by 20 %; Grade 4-5 or fatal irAE permanent
     * discontinuation.
     */
    @Nested
    class Nct07041788 {

        private final DoseModificationPolicy policy = Definitions.load("NCT07041788").doseModificationPolicy();

        @ParameterizedTest(name = "{0} grade {1} irAE={2} → {3} ≤{4} at {5} % ({6})")
        @CsvSource({
                "CHEMOTHERAPY,  1, false, CONTINUE,    ,  , G1-2-continue",
                "CHEMOTHERAPY,  2, false, CONTINUE,    ,  , G1-2-continue",
                "CHEMOTHERAPY,  3, false, HOLD,       1, 80, G3-chemotherapy-hold-reduce-20",
                "CHEMOTHERAPY,  4, false, DISCONTINUE, ,  , G4-5-discontinue",
                "CHEMOTHERAPY,  5, false, DISCONTINUE, ,  , G4-5-discontinue",
                "IMMUNOTHERAPY, 1, false, CONTINUE,    ,  , G1-2-continue",
                "IMMUNOTHERAPY, 2, false, CONTINUE,    ,  , G1-2-continue",
                "IMMUNOTHERAPY, 3, false, HOLD,       1, 100, G3-immunotherapy-hold",
                "IMMUNOTHERAPY, 4, false, DISCONTINUE, ,  , G4-5-discontinue",
                "IMMUNOTHERAPY, 5, false, DISCONTINUE, ,  , G4-5-discontinue",
                "CHEMOTHERAPY,  1, true,  CONTINUE,    ,  , G1-2-continue",
                "CHEMOTHERAPY,  2, true,  CONTINUE,    ,  , G1-2-continue",
                "CHEMOTHERAPY,  3, true,  HOLD,       1, 80, G3-chemotherapy-hold-reduce-20",
                "CHEMOTHERAPY,  4, true,  DISCONTINUE, ,  , G4-5-discontinue",
                "CHEMOTHERAPY,  5, true,  DISCONTINUE, ,  , fatal-irAE-discontinue",
                "IMMUNOTHERAPY, 1, true,  CONTINUE,    ,  , G1-2-continue",
                "IMMUNOTHERAPY, 2, true,  CONTINUE,    ,  , G1-2-continue",
                "IMMUNOTHERAPY, 3, true,  HOLD,       1, 100, G3-immunotherapy-hold",
                "IMMUNOTHERAPY, 4, true,  DISCONTINUE, ,  , G4-5-discontinue",
                "IMMUNOTHERAPY, 5, true,  DISCONTINUE, ,  , fatal-irAE-discontinue",
        })
        void gradingManagementTable(AgentClass agentClass, int grade, boolean immuneRelated, DoseAction action,
                                    Integer resumeGrade, String resumePercent, String ruleId) {
            AdverseEventSnapshot ae = AdverseEventSnapshot.of(immuneRelated ? "Colitis" : "Diarrhea", grade, immuneRelated);
            DoseDecision decision = policy.decide(request("agent", agentClass, "100", 0, List.of(ae), List.of()));
            assertEquals(action, decision.action());
            assertEquals(resumeGrade, decision.resumeWhenGradeAtMost());
            assertPercent(resumePercent, decision.resumeDosePercent());
            assertEquals(ruleId, decision.adverseEvents().get(0).ruleId());
            assertEquals(1, decision.reasons().size());
            assertTrue(decision.reasons().get(0).contains(ruleId));
        }

        @Test
        void apiExampleDocetaxelGrade3Neutropenia() {
            DoseDecision decision = policy.decide(DoseDecisionRequest.of("docetaxel", AgentClass.CHEMOTHERAPY,
                    pct("100"), List.of(AdverseEventSnapshot.of(NEUTROPENIA, 3, false))));
            assertEquals(DoseAction.HOLD, decision.action());
            assertEquals(1, decision.resumeWhenGradeAtMost());
            assertPercent("80", decision.resumeDosePercent());
            assertEquals("Neutrophil count decreased grade 3: hold docetaxel until grade ≤1, then resume at 80 % of the"
                    + " full dose (reduced from 100 %) (rule G3-chemotherapy-hold-reduce-20)", decision.reasons().get(0));
        }

        @Test
        void resumeAfterRecoveryToGrade1ReducesChemotherapyBy20Percent() {
            AdverseEventSnapshot ae = new AdverseEventSnapshot("AE-17", NEUTROPENIA, 3, false, null);
            DoseDecisionRequest atHold = request("docetaxel", AgentClass.CHEMOTHERAPY, "100", 0, List.of(ae), List.of());
            DoseDecision hold = policy.decide(atHold);

            ResumeDecision stillGrade2 = policy.resumeAfterRecovery(hold, atHold.withOpenAdverseEvents(List.of(ae.withGrade(2))));
            assertFalse(stillGrade2.allowed());
            assertEquals(DoseAction.HOLD, stillGrade2.action());
            assertNull(stillGrade2.resumeDosePercent());

            ResumeDecision grade1 = policy.resumeAfterRecovery(hold, atHold.withOpenAdverseEvents(List.of(ae.withGrade(1))));
            assertTrue(grade1.allowed());
            assertEquals(DoseAction.CONTINUE, grade1.action());
            assertPercent("80", grade1.resumeDosePercent());

            ResumeDecision resolved = policy.resumeAfterRecovery(hold, atHold.withOpenAdverseEvents(List.of()));
            assertTrue(resolved.allowed());
            assertPercent("80", resolved.resumeDosePercent());
        }

        @Test
        void resumeAfterRecoveryToGrade1KeepsImmunotherapyUnchanged() {
            AdverseEventSnapshot ae = AdverseEventSnapshot.of("Colitis", 3, true);
            DoseDecisionRequest atHold = request("iparomlimab/tuvonralimab", AgentClass.IMMUNOTHERAPY, "100", 0,
                    List.of(ae), List.of());
            DoseDecision hold = policy.decide(atHold);
            assertEquals(DoseAction.HOLD, hold.action());
            ResumeDecision resume = policy.resumeAfterRecovery(hold, atHold.withOpenAdverseEvents(List.of(ae.withGrade(1))));
            assertTrue(resume.allowed());
            assertPercent("100", resume.resumeDosePercent());
        }

        @Test
        void noResumptionWhenAnotherEventNowAsksForMore() {
            AdverseEventSnapshot ae = AdverseEventSnapshot.of(NEUTROPENIA, 3, false);
            DoseDecisionRequest atHold = request("docetaxel", AgentClass.CHEMOTHERAPY, "100", 0, List.of(ae), List.of());
            DoseDecision hold = policy.decide(atHold);
            ResumeDecision resume = policy.resumeAfterRecovery(hold, atHold.withOpenAdverseEvents(
                    List.of(ae.withGrade(1), AdverseEventSnapshot.of("Febrile neutropenia", 4, false))));
            assertFalse(resume.allowed());
            assertEquals(DoseAction.DISCONTINUE, resume.action());

            DoseDecision discontinued = policy.decide(atHold.withOpenAdverseEvents(
                    List.of(AdverseEventSnapshot.of("Febrile neutropenia", 4, false))));
            ResumeDecision never = policy.resumeAfterRecovery(discontinued, atHold.withOpenAdverseEvents(List.of()));
            assertFalse(never.allowed());
            assertEquals(DoseAction.DISCONTINUE, never.action());
        }

        @Test
        void secondGrade3ReducesChemotherapyAgainAndHoldsImmunotherapyUnchanged() {
            List<AdverseEventSnapshot> history = List.of(AdverseEventSnapshot.of(NEUTROPENIA, 3, false));
            List<AdverseEventSnapshot> open = List.of(AdverseEventSnapshot.of(NEUTROPENIA, 3, false));
            DoseDecision chemo = policy.decide(request("docetaxel", AgentClass.CHEMOTHERAPY, "80", 1, open, history));
            assertEquals(DoseAction.HOLD, chemo.action());
            assertPercent("60", chemo.resumeDosePercent()); // 80 − 20 percentage points
            assertEquals(2, chemo.adverseEvents().get(0).occurrence());

            DoseDecision io = policy.decide(request("iparomlimab/tuvonralimab", AgentClass.IMMUNOTHERAPY, "100", 0, open, history));
            assertEquals(DoseAction.HOLD, io.action());
            assertPercent("100", io.resumeDosePercent());
        }

        @Test
        void grade3BeyondTwoReductionsDiscontinuesChemotherapy() {
            List<AdverseEventSnapshot> history = List.of(AdverseEventSnapshot.of(NEUTROPENIA, 3, false),
                    AdverseEventSnapshot.of(NEUTROPENIA, 3, false));
            List<AdverseEventSnapshot> open = List.of(AdverseEventSnapshot.of(NEUTROPENIA, 3, false));
            DoseDecision chemo = policy.decide(request("docetaxel", AgentClass.CHEMOTHERAPY, "60", 2, open, history));
            assertEquals(DoseAction.DISCONTINUE, chemo.action());
            assertNull(chemo.resumeWhenGradeAtMost());
            assertNull(chemo.resumeDosePercent());
            assertTrue(chemo.reasons().get(0).contains("the maximum is 2"), chemo.reasons().get(0));

            DoseDecision io = policy.decide(request("iparomlimab/tuvonralimab", AgentClass.IMMUNOTHERAPY, "100", 0, open, history));
            assertEquals(DoseAction.HOLD, io.action(), "an antibody is never reduced, so the limit does not apply");
        }

        @Test
        void fatalImmuneRelatedEventDiscontinuesEveryAgent() {
            List<AdverseEventSnapshot> open = List.of(AdverseEventSnapshot.of("Myocarditis", 5, true));
            for (AgentClass agentClass : List.of(AgentClass.CHEMOTHERAPY, AgentClass.IMMUNOTHERAPY)) {
                DoseDecision decision = policy.decide(request("agent", agentClass, "100", 0, open, List.of()));
                assertEquals(DoseAction.DISCONTINUE, decision.action());
                assertEquals("fatal-irAE-discontinue", decision.adverseEvents().get(0).ruleId());
            }
        }

        @Test
        void worstEventWins() {
            DoseDecision hold = policy.decide(request("docetaxel", AgentClass.CHEMOTHERAPY, "100", 0, List.of(
                    AdverseEventSnapshot.of("Nausea", 2, false),
                    AdverseEventSnapshot.of(NEUTROPENIA, 3, false)), List.of()));
            assertEquals(DoseAction.HOLD, hold.action());
            assertEquals(2, hold.reasons().size());

            DoseDecision discontinue = policy.decide(request("docetaxel", AgentClass.CHEMOTHERAPY, "100", 0, List.of(
                    AdverseEventSnapshot.of(NEUTROPENIA, 3, false),
                    AdverseEventSnapshot.of("Platelet count decreased", 4, false)), List.of()));
            assertEquals(DoseAction.DISCONTINUE, discontinue.action());
            assertNull(discontinue.resumeDosePercent());
            assertEquals(2, discontinue.adverseEvents().size());

            DoseDecision twoGrade3 = policy.decide(request("docetaxel", AgentClass.CHEMOTHERAPY, "100", 0, List.of(
                    AdverseEventSnapshot.of(NEUTROPENIA, 3, false),
                    AdverseEventSnapshot.of("Diarrhea", 3, false)), List.of()));
            assertEquals(DoseAction.HOLD, twoGrade3.action());
            assertPercent("80", twoGrade3.resumeDosePercent()); // one reduction, not two
        }

        @Test
        void noOpenEventOrResolvedEventContinues() {
            DoseDecision none = policy.decide(request("docetaxel", AgentClass.CHEMOTHERAPY, "80", 1, List.of(), List.of()));
            assertEquals(DoseAction.CONTINUE, none.action());
            assertNull(none.resumeWhenGradeAtMost());
            assertNull(none.resumeDosePercent());
            DoseDecision resolved = policy.decide(request("docetaxel", AgentClass.CHEMOTHERAPY, "100", 0,
                    List.of(AdverseEventSnapshot.of(NEUTROPENIA, 0, false)), List.of()));
            assertEquals(DoseAction.CONTINUE, resolved.action());
        }

        @Test
        void eventNoRuleCoversContinuesAndSaysSo() {
            DoseDecision decision = policy.decide(request("IMRT", AgentClass.RADIOTHERAPY, "100", 0,
                    List.of(AdverseEventSnapshot.of("Mucositis oral", 3, false)), List.of()));
            assertEquals(DoseAction.CONTINUE, decision.action());
            assertNull(decision.adverseEvents().get(0).ruleId());
            assertTrue(decision.reasons().get(0).contains("no dose-modification rule"));
        }
    }

    /** Conservative defaults (assumption: true) for NCT06494995: capecitabine table and irAE guidance. */
    @Nested
    class Nct06494995Defaults {

        private final DoseModificationPolicy policy = Definitions.load("NCT06494995").doseModificationPolicy();

        @ParameterizedTest(name = "capecitabine grade {0} at {1} % after {2} reductions → {3} at {4} %")
        @CsvSource({
                "1, 100, 0, CONTINUE,    ",
                "2, 100, 0, HOLD,        100",
                "3, 100, 0, HOLD,        75",
                "3, 75,  1, HOLD,        50",
                "3, 50,  2, DISCONTINUE, ",
                "2, 50,  2, HOLD,        50",
                "4, 100, 0, DISCONTINUE, ",
                "5, 100, 0, DISCONTINUE, ",
        })
        void capecitabine(int grade, String current, int reductions, DoseAction action, String resumePercent) {
            DoseDecision decision = policy.decide(request("capecitabine", AgentClass.CHEMOTHERAPY, current, reductions,
                    List.of(AdverseEventSnapshot.of("Palmar-plantar erythrodysesthesia syndrome", grade, false)), List.of()));
            assertEquals(action, decision.action());
            assertPercent(resumePercent, decision.resumeDosePercent());
        }

        @ParameterizedTest(name = "cadonilimab {0} grade {1} irAE={2} (previous grade {3}) → {4} ≤{5}")
        @CsvSource({
                "Colitis,     1, true,  0, CONTINUE,    ",
                "Colitis,     2, true,  0, HOLD,        1",
                "Colitis,     3, true,  0, HOLD,        1",
                "Colitis,     3, true,  3, DISCONTINUE, ",   // recurrence of the same grade 3 irAE
                "Colitis,     3, true,  2, HOLD,        1",   // an earlier grade 2 is not a grade 3 recurrence
                "Colitis,     4, true,  0, DISCONTINUE, ",
                "Pneumonitis, 2, true,  0, HOLD,        1",
                "Pneumonitis, 3, true,  0, DISCONTINUE, ",
                "Myocarditis, 1, true,  0, HOLD,        0",
                "Myocarditis, 2, true,  0, DISCONTINUE, ",
                "Anemia,      2, false, 0, CONTINUE,    ",
                "Anemia,      3, false, 0, HOLD,        1",
                "Anemia,      4, false, 0, DISCONTINUE, ",
        })
        void cadonilimab(String term, int grade, boolean irAE, int previousGrade, DoseAction action, Integer resumeGrade) {
            List<AdverseEventSnapshot> history = previousGrade == 0 ? List.of()
                    : List.of(AdverseEventSnapshot.of(term, previousGrade, irAE));
            DoseDecision decision = policy.decide(request("cadonilimab", AgentClass.IMMUNOTHERAPY, "100", 0,
                    List.of(AdverseEventSnapshot.of(term, grade, irAE)), history));
            assertEquals(action, decision.action());
            assertEquals(resumeGrade, decision.resumeWhenGradeAtMost());
            if (action == DoseAction.HOLD) {
                assertPercent("100", decision.resumeDosePercent());
            }
        }
    }

    @ParameterizedTest(name = "{0}: antibodies are never dose-reduced")
    @ValueSource(strings = {"NCT07041788", "NCT06494995", "NCT07277764", "NCT07264075"})
    void antibodiesAreNeverReduced(String registryId) {
        DoseModificationPolicy policy = Definitions.load(registryId).doseModificationPolicy();
        for (String term : List.of("Colitis", "Pneumonitis", "Myocarditis", "Hepatitis")) {
            for (boolean irAE : List.of(true, false)) {
                for (int grade = 1; grade <= 5; grade++) {
                    DoseDecision d = policy.decide(request("mAb", AgentClass.IMMUNOTHERAPY, "100", 0,
                            List.of(AdverseEventSnapshot.of(term, grade, irAE)), List.of()));
                    if (d.action() == DoseAction.HOLD) {
                        assertPercent("100", d.resumeDosePercent());
                    }
                    if (grade >= 4) {
                        assertEquals(DoseAction.DISCONTINUE, d.action(), registryId + " " + term + " grade " + grade);
                    }
                }
            }
        }
    }

    @Test
    void nextDoseLevelRules() {
        DoseModificationRules rules = new DoseModificationRules(null,
                List.of(pct("100"), pct("75"), pct("50")),
                List.of(new DoseModificationRule("G3", List.of(AgentClass.CHEMOTHERAPY), null, null, null, 3, 3, null,
                        null, DoseAction.HOLD, 1, ResumeDose.NEXT_DOSE_LEVEL, null, null, true, "test")),
                null, true, "test levels");
        DoseModificationPolicy policy = new DoseModificationPolicy(rules);
        List<AdverseEventSnapshot> g3 = List.of(AdverseEventSnapshot.of("Diarrhea", 3, false));
        assertPercent("75", policy.decide(request("x", AgentClass.CHEMOTHERAPY, "100", 0, g3, List.of())).resumeDosePercent());
        assertPercent("50", policy.decide(request("x", AgentClass.CHEMOTHERAPY, "75", 1, g3, List.of())).resumeDosePercent());
        assertEquals(DoseAction.DISCONTINUE,
                policy.decide(request("x", AgentClass.CHEMOTHERAPY, "50", 2, g3, List.of())).action());
    }
}
