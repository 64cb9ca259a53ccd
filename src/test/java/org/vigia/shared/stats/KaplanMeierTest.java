package org.vigia.shared.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kaplan–Meier against the Freireich et al. (1963) 6-MP remission data (Gehan 1965), the worked example
 * of Kleinbaum & Klein, "Survival Analysis: A Self-Learning Text", ch. 2, and of Cox & Oakes (1984),
 * Table 1.1. Published for the 6-MP group (weeks): Ŝ and Greenwood SE
 * 6: 0.857/0.0764, 7: 0.807/0.0869, 10: 0.753/0.0963, 13: 0.690/0.1068, 16: 0.627/0.1141,
 * 22: 0.538/0.1282, 23: 0.448/0.1346; median 23 weeks. Placebo group (no censoring): Ŝ(10) = 8/21 = 0.381,
 * SE 0.106, median 8.
 */
class KaplanMeierTest {

    /** 6-MP arm: 6,6,6,6+,7,9+,10,10+,11+,13,16,17+,19+,20+,22,23,25+,32+,32+,34+,35+. */
    static List<KaplanMeier.Observation> sixMp() {
        String data = "6,6,6,6+,7,9+,10,10+,11+,13,16,17+,19+,20+,22,23,25+,32+,32+,34+,35+";
        List<KaplanMeier.Observation> list = new ArrayList<>();
        for (String s : data.split(",")) {
            boolean censored = s.endsWith("+");
            list.add(new KaplanMeier.Observation(Double.parseDouble(s.replace("+", "")), !censored));
        }
        return list;
    }

    static List<KaplanMeier.Observation> placebo() {
        int[] t = {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23};
        List<KaplanMeier.Observation> list = new ArrayList<>();
        for (int x : t) {
            list.add(new KaplanMeier.Observation(x, true));
        }
        return list;
    }

    @ParameterizedTest(name = "S({0}) = {3}, SE {4}")
    @CsvSource({
        // time, at risk, events, S, Greenwood SE  (Kleinbaum & Klein; also R survfit on the same data)
        "6, 21, 3, 0.857, 0.0764",
        "7, 17, 1, 0.807, 0.0869",
        "10, 15, 1, 0.753, 0.0963",
        "13, 12, 1, 0.690, 0.1068",
        "16, 11, 1, 0.627, 0.1141",
        "22, 7, 1, 0.538, 0.1282",
        "23, 6, 1, 0.448, 0.1346",
    })
    void sixMpProductLimitTable(double time, int atRisk, int events, double survival, double se) {
        KaplanMeier km = KaplanMeier.estimate(sixMp());
        KaplanMeier.Step step = km.eventSteps().stream().filter(s -> s.time() == time).findFirst().orElseThrow();
        assertEquals(atRisk, step.atRisk());
        assertEquals(events, step.events());
        assertEquals(survival, step.survival(), 0.0005);
        assertEquals(se, step.standardError(), 0.00005);
        assertEquals(survival, km.survivalAt(time + 0.5), 0.0005);
    }

    @Test
    void sixMpCountsAndMedian() {
        KaplanMeier km = KaplanMeier.estimate(sixMp());
        assertEquals(21, km.subjects());
        assertEquals(9, km.events());
        assertEquals(12, km.censored());
        assertEquals(7, km.eventSteps().size());
        assertEquals(List.of(6.0, 9.0, 10.0, 11.0, 17.0, 19.0, 20.0, 25.0, 32.0, 34.0, 35.0), km.censoringTimes());
        assertEquals(1.0, km.survivalAt(5.9));
        assertEquals(21, km.atRiskAt(6));
        assertEquals(17, km.atRiskAt(7));
        assertEquals(0, km.atRiskAt(36));
        KaplanMeier.Quantile median = km.median();
        assertEquals(23.0, median.estimate().getAsDouble());
        // Brookmeyer–Crowley, log-log: first event time with lower limit <= 0.5 is 13 (lower(10) = 0.503,
        // lower(13) = 0.432); the upper limit never falls below 0.5 (upper(23) = 0.680): not estimable.
        // Same as R survfit(conf.type = "log-log") for this data: median 23, 0.95LCL 13, 0.95UCL NA.
        assertEquals(13.0, median.lower().getAsDouble());
        assertTrue(median.upper().isEmpty());
    }

    @ParameterizedTest(name = "log-log limits at {0}: [{1}, {2}]")
    @CsvSource({
        // hand-computed: S^exp(±1.96·σ), σ = sqrt(Σ d/(n(n−d))) / |log S|
        // t=6: Σ = 3/(21·18) = 0.0079365, σ = 0.089087/0.154151 = 0.57792 -> [0.6197, 0.9516]
        "6, 0.6197, 0.9516",
        // t=23, 13, 10: hand-computed with the same formula (at 23: S=0.448, Σ=0.090184, σ=0.3740)
        "23, 0.1884, 0.6801",
        "13, 0.4321, 0.8489",
        "10, 0.5031, 0.8894",
    })
    void sixMpLogLogLimits(double time, double lower, double upper) {
        KaplanMeier.Step step = KaplanMeier.estimate(sixMp()).eventSteps().stream()
                .filter(s -> s.time() == time).findFirst().orElseThrow();
        assertEquals(lower, step.lower().getAsDouble(), 0.0005);
        assertEquals(upper, step.upper().getAsDouble(), 0.0005);
    }

    @Test
    void placeboGroupWithoutCensoring() {
        KaplanMeier km = KaplanMeier.estimate(placebo());
        assertEquals(8.0 / 21, km.survivalAt(10), 1e-12);
        KaplanMeier.Step eight = km.eventSteps().stream().filter(s -> s.time() == 8).findFirst().orElseThrow();
        assertEquals(0.106, eight.standardError(), 0.0005);
        assertEquals(8.0, km.median().estimate().getAsDouble());
        assertEquals(0.0, km.survivalAt(23));
        // the curve reaches 0: the upper limit of the median CI is reached at the latest
        assertTrue(km.median().upper().isPresent());
    }

    @Test
    void fixedTimeRateAndNotEstimableBeyondFollowUp() {
        KaplanMeier km = KaplanMeier.estimate(sixMp());
        KaplanMeier.SurvivalAtTime at20 = km.survivalAtTime(20).orElseThrow();
        assertEquals(0.627, at20.survival(), 0.0005);
        assertEquals(0.1141, at20.standardError(), 0.00005);
        assertFalse(km.survivalAtTime(36).isPresent());
        assertEquals(1.0, km.survivalAtTime(3).orElseThrow().survival());
    }

    @Test
    void medianIsMidpointWhenCurveSitsExactlyOnHalf() {
        // 4 subjects, events at 1,2,3,4: S(2) = 0.5 exactly until 3 -> median (2+3)/2 = 2.5 (SAS rule)
        List<KaplanMeier.Observation> obs = List.of(new KaplanMeier.Observation(1, true),
                new KaplanMeier.Observation(2, true), new KaplanMeier.Observation(3, true),
                new KaplanMeier.Observation(4, true));
        assertEquals(2.5, KaplanMeier.estimate(obs).median().estimate().getAsDouble());
    }
}
