package org.vigia.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A subject's follow-ups in order: what RECIST 1.1 section 4.3 carries from one time point to the next. */
class ResponseTimelineTest {

    private final ResponseTimeline timeline = new ResponseTimeline(
            List.of(new IrradiatedTargetLesion("T1", false, IrradiationStatus.NOT_IRRADIATED, bd(40)),
                    new IrradiatedTargetLesion("T2", false, IrradiationStatus.SBRT, bd(30))),
            List.of(new ResponseTimeline.NonTargetLesion("NT1", false)));

    @Test
    void theNadirIsCarriedAndProgressionIsJudgedAgainstIt() {
        // 70 → 40 (PR) → 50: +10 mm = +25 % over the nadir 40 → PD although 28.6 % below baseline (section 4.3.1)
        List<ResponseTimeline.TimePoint> points = timeline.assess(List.of(
                fu(43, 20, 20, NonTargetStatus.PRESENT, null), fu(85, 25, 25, NonTargetStatus.PRESENT, null)));
        assertEquals(RecistResponse.PR, points.get(0).overallResponse());
        assertEquals(bd(40), points.get(1).computed().nadirSumMm());
        assertEquals(RecistResponse.PD, points.get(1).overallResponse());
    }

    @Test
    void aPriorCompleteResponseIsCarriedSoAReappearingLesionIsProgression() {
        // CR (all 0, NT absent), then T1 at 5 mm ("too small to measure"): reappearance after CR is PD
        List<ResponseTimeline.TimePoint> points = timeline.assess(List.of(
                fu(43, 0, 0, NonTargetStatus.ABSENT, null), fu(85, 5, 0, NonTargetStatus.ABSENT, null)));
        assertEquals(RecistResponse.CR, points.get(0).overallResponse());
        assertEquals(RecistResponse.PD, points.get(1).overallResponse());
    }

    @Test
    void anOverrideReplacesTheComputedResponseForWhatFollows() {
        // Day 43 computes CR (targets 0 mm, NT1 absent). With that CR carried, NT1 present again on day 85 is PD
        // (non-target reappearance after CR); the investigator's override of day 43 to PR removes the prior CR,
        // so day 85 is target CR + non-target non-CR/non-PD = PR (Table 1).
        List<ResponseTimeline.TimePoint> computed = timeline.assess(List.of(
                fu(43, 0, 0, NonTargetStatus.ABSENT, null), fu(85, 0, 0, NonTargetStatus.PRESENT, null)));
        assertEquals(RecistResponse.PD, computed.get(1).overallResponse());
        List<ResponseTimeline.TimePoint> overridden = timeline.assess(List.of(
                fu(43, 0, 0, NonTargetStatus.ABSENT, RecistResponse.PR), fu(85, 0, 0, NonTargetStatus.PRESENT, null)));
        assertEquals(RecistResponse.CR, overridden.get(0).computed().overallResponse());
        assertEquals(RecistResponse.PR, overridden.get(0).overallResponse());
        assertEquals(RecistResponse.PR, overridden.get(1).overallResponse());
    }

    @Test
    void aLesionNotMeasuredIsNotEvaluable() {
        ResponseTimeline.FollowUp missing = new ResponseTimeline.FollowUp(43, Map.of("T1", bd(30)),
                Map.of("NT1", new ResponseTimeline.NonTargetFinding(NonTargetStatus.PRESENT, null)), NewLesions.NO, null);
        assertEquals(RecistResponse.NE, timeline.assess(List.of(missing)).get(0).overallResponse());
    }

    private static ResponseTimeline.FollowUp fu(int day, int t1, int t2, NonTargetStatus nt, RecistResponse override) {
        return new ResponseTimeline.FollowUp(day, Map.of("T1", bd(t1), "T2", bd(t2)),
                Map.of("NT1", new ResponseTimeline.NonTargetFinding(nt, null)), NewLesions.NO, override);
    }

    private static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }
}
