package org.vigia.bench.engines;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vigia.response.NewLesions;
import org.vigia.response.NonTargetLesionAssessment;
import org.vigia.response.NonTargetStatus;
import org.vigia.response.RecistCalculator;
import org.vigia.response.TargetLesionMeasurement;
import org.vigia.response.TimePointInput;
import org.vigia.response.TimePointResult;

/**
 * RECIST 1.1 time-point evaluation: one {@link RecistCalculator#evaluate} call per operation, cycling through 8
 * follow-up time points with 3 to 5 target lesions (nodal and non-nodal) and 0 to 2 non-target lesions, whose
 * responses cover PR, SD, PD (by sum and by new lesion), CR and NE.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RecistTimePointBenchmark {

    private final RecistCalculator calculator = new RecistCalculator();
    private TimePointInput[] timePoints;
    private int next;

    @Setup
    public void setUp() {
        timePoints = mix().toArray(TimePointInput[]::new);
        for (TimePointInput t : timePoints) {
            calculator.evaluate(t); // fails fast on an input the calculator refuses
        }
    }

    @Benchmark
    public TimePointResult evaluate() {
        return calculator.evaluate(timePoints[next++ & (timePoints.length - 1)]);
    }

    static List<TimePointInput> mix() {
        return List.of(
                // PR: 3 targets, sum 70 -> 45
                new TimePointInput(List.of(t("T1", false, 30, 20), t("T2", false, 25, 15), t("T3", true, 15, 10)),
                        null, false, List.of(nt("NT1", false, NonTargetStatus.PRESENT, null)), NewLesions.NO),
                // SD: 4 targets
                new TimePointInput(List.of(t("T1", false, 42, 38), t("T2", false, 18, 17), t("T3", true, 22, 21),
                        t("T4", false, 12, 12)), d("80"), false, List.of(), NewLesions.NO),
                // PD by sum against the nadir: 5 targets
                new TimePointInput(List.of(t("T1", false, 35, 30), t("T2", false, 28, 24), t("T3", true, 18, 16),
                        t("T4", false, 15, 14), t("T5", false, 20, 18)), d("80"), false,
                        List.of(nt("NT1", false, NonTargetStatus.PRESENT, null), nt("NT2", true, NonTargetStatus.PRESENT, 12)),
                        NewLesions.NO),
                // PD by new lesion
                new TimePointInput(List.of(t("T1", false, 40, 30), t("T2", false, 22, 18), t("T3", false, 16, 12)),
                        null, false, List.of(), NewLesions.YES),
                // CR: non-nodal at 0, node under 10 mm
                new TimePointInput(List.of(t("T1", false, 24, 0), t("T2", false, 18, 0), t("T3", true, 16, 8)),
                        d("20"), false, List.of(nt("NT1", false, NonTargetStatus.ABSENT, null)), NewLesions.NO),
                // NE: one target not assessed, the rest not PD
                new TimePointInput(List.of(t("T1", false, 30, 28), t("T2", false, 25, null), t("T3", true, 20, 19),
                        t("T4", false, 14, 13)), null, false, List.of(), NewLesions.NO),
                // PR with non-target NE and equivocal new lesions: 4 targets
                new TimePointInput(List.of(t("T1", false, 50, 30), t("T2", false, 30, 20), t("T3", true, 20, 12),
                        t("T4", false, 10, 6)), null, false,
                        List.of(nt("NT1", false, NonTargetStatus.NOT_EVALUATED, null)), NewLesions.EQUIVOCAL),
                // PD after a prior CR: a non-nodal target reappears, 5 targets
                new TimePointInput(List.of(t("T1", false, 20, 6), t("T2", false, 18, 0), t("T3", true, 15, 7),
                        t("T4", false, 12, 0), t("T5", true, 11, 6)), d("13"), true, List.of(), NewLesions.NO));
    }

    private static TargetLesionMeasurement t(String id, boolean nodal, Number baselineMm, Number currentMm) {
        return TargetLesionMeasurement.of(id, nodal, baselineMm, currentMm);
    }

    private static NonTargetLesionAssessment nt(String id, boolean nodal, NonTargetStatus status, Number shortAxisMm) {
        return NonTargetLesionAssessment.of(id, nodal, status, shortAxisMm);
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }
}
