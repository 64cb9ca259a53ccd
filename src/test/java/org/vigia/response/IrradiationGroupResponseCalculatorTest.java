package org.vigia.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.vigia.response.IrradiationStatus.LOW_DOSE_RT;
import static org.vigia.response.IrradiationStatus.NOT_IRRADIATED;
import static org.vigia.response.IrradiationStatus.SBRT;
import static org.vigia.response.RecistResponse.NE;
import static org.vigia.response.RecistResponse.PD;
import static org.vigia.response.RecistResponse.PR;
import static org.vigia.response.RecistResponse.SD;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Response by lesion irradiation group (NCT06494995). Subject A: T1 SBRT 40 mm, T2 low-dose RT 30 mm,
 * T3 not irradiated 20 mm. Day 57: 20 / 30 / 24. Day 85: 10 / 27 / 30.
 */
class IrradiationGroupResponseCalculatorTest {

    private final IrradiationGroupResponseCalculator calculator = new IrradiationGroupResponseCalculator();
    private final List<IrradiatedTargetLesion> lesions = List.of(
            new IrradiatedTargetLesion("T1", false, SBRT, bd(40)),
            new IrradiatedTargetLesion("T2", false, LOW_DOSE_RT, bd(30)),
            new IrradiatedTargetLesion("T3", false, NOT_IRRADIATED, bd(20)));
    private final List<TargetLesionFollowUp> followUps = List.of(
            followUp(85, 10, 27, 30),
            followUp(57, 20, 30, 24));

    @Test
    void sbrtGroup() {
        // 40 → 20 (−50 %) PR; → 10 (−75 %) PR
        assertEquals(List.of(tp(57, PR), tp(85, PR)), calculator.targetResponses(lesions, followUps, EnumSet.of(SBRT)));
    }

    @Test
    void lowDoseGroup() {
        // 30 → 30 (0 %) SD; → 27 (−10 %) SD
        assertEquals(List.of(tp(57, SD), tp(85, SD)), calculator.targetResponses(lesions, followUps, EnumSet.of(LOW_DOSE_RT)));
    }

    @Test
    void notIrradiatedGroupUsesItsOwnNadirAndTheFiveMillimetreRule() {
        // 20 → 24: +20 % but only +4 mm → SD; nadir stays 20; → 30: +50 %, +10 mm → PD
        assertEquals(List.of(tp(57, SD), tp(85, PD)),
                calculator.targetResponses(lesions, followUps, EnumSet.of(NOT_IRRADIATED)));
    }

    @Test
    void groupsMayCombineStatuses() {
        // SBRT + low-dose: 70 → 50 (−28.6 %) SD; → 37 (−47.1 %) PR
        assertEquals(List.of(tp(57, SD), tp(85, PR)),
                calculator.targetResponses(lesions, followUps, EnumSet.of(SBRT, LOW_DOSE_RT)));
        // all lesions: 90 → 74 (−17.8 %) SD; → 67 (−25.6 %) SD
        assertEquals(List.of(tp(57, SD), tp(85, SD)),
                calculator.targetResponses(lesions, followUps, EnumSet.allOf(IrradiationStatus.class)));
    }

    @Test
    void missingMeasurementIsNotEvaluableAndKeepsTheNadir() {
        List<TargetLesionFollowUp> withGap = List.of(
                followUp(57, 20, 30, 24), followUp(85, null, 30, 24), followUp(113, 25, 30, 24));
        // SBRT: 20 (PR, nadir 20); not assessed (NE, nadir 20); 25: +25 %, +5 mm → PD
        assertEquals(List.of(tp(57, PR), tp(85, NE), tp(113, PD)),
                calculator.targetResponses(lesions, withGap, EnumSet.of(SBRT)));
    }

    @Test
    void reappearanceAfterGroupCompleteResponseIsProgression() {
        List<TargetLesionFollowUp> series = List.of(followUp(57, 0, 30, 20), followUp(85, 4, 30, 20));
        // SBRT: 0 → CR; then 4 mm after CR → PD (sum rule alone: +4 mm from nadir 0 would not be)
        assertEquals(List.of(tp(57, RecistResponse.CR), tp(85, PD)),
                calculator.targetResponses(lesions, series, EnumSet.of(SBRT)));
    }

    @Test
    void subjectWithoutLesionsInTheGroupIsLeftOut() {
        List<IrradiatedTargetLesion> noSbrt = List.of(new IrradiatedTargetLesion("T1", false, NOT_IRRADIATED, bd(40)));
        assertEquals(List.of(), calculator.targetResponses(noSbrt, List.of(), EnumSet.of(SBRT)));
    }

    @Test
    void objectiveResponseRateOfTheSbrtGroupAcrossSubjects() {
        BestOverallResponseCalculator best = new BestOverallResponseCalculator();
        Set<IrradiationStatus> group = EnumSet.of(SBRT);
        List<RecistResponse> bors = new ArrayList<>();
        // subject A: SBRT PR at 57 and 85 (28 days) → confirmed PR
        List<TimePointAssessment> a = calculator.targetResponses(lesions, followUps, group);
        bors.add(best.evaluate(new BestOverallResponseInput(a, true, 28, 42)).bestOverallResponse());
        // subject B: no SBRT lesion → not in the SBRT group
        List<TimePointAssessment> b = calculator.targetResponses(
                List.of(new IrradiatedTargetLesion("T1", false, LOW_DOSE_RT, bd(30))),
                List.of(new TargetLesionFollowUp(57, Map.of("T1", bd(10)))), group);
        if (!b.isEmpty()) {
            bors.add(best.evaluate(new BestOverallResponseInput(b, true, 28, 42)).bestOverallResponse());
        }
        assertEquals(new ResponseRate(1, 1, 1), new ResponseRateCalculator().objectiveResponse(bors));
    }

    @Test
    void unknownLesionIdIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> calculator.targetResponses(lesions,
                List.of(new TargetLesionFollowUp(57, Map.of("T9", bd(10)))), EnumSet.of(SBRT)));
    }

    private static TargetLesionFollowUp followUp(int day, Integer t1, Integer t2, Integer t3) {
        Map<String, BigDecimal> mm = new HashMap<>();
        mm.put("T1", t1 == null ? null : bd(t1));
        mm.put("T2", t2 == null ? null : bd(t2));
        mm.put("T3", t3 == null ? null : bd(t3));
        return new TargetLesionFollowUp(day, mm);
    }

    private static TimePointAssessment tp(int day, RecistResponse response) {
        return new TimePointAssessment(day, response);
    }

    private static BigDecimal bd(int mm) {
        return BigDecimal.valueOf(mm);
    }
}
