package org.vigia.shared.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Kaplan–Meier (product-limit) estimate of a survival function from right-censored data, with Greenwood
 * standard errors, pointwise confidence limits on the <b>log-log</b> scale, and the median (or any
 * quantile) with a Brookmeyer–Crowley confidence interval built on the same transform.
 *
 * <p>Sources of the rules:
 * <ul>
 *   <li>Kaplan E.L., Meier P. (1958), "Nonparametric estimation from incomplete observations",
 *       <i>JASA</i> 53:457–481: Ŝ(t) = Π<sub>t<sub>j</sub> ≤ t</sub> (1 − d<sub>j</sub>/n<sub>j</sub>), right
 *       continuous (events at t<sub>j</sub> are included in Ŝ(t<sub>j</sub>)); a censored time tied with an
 *       event time is taken to occur just after the event (it is still in the risk set at that time).</li>
 *   <li>Greenwood M. (1926): SE(Ŝ(t)) = Ŝ(t) · √Σ d<sub>j</sub> / (n<sub>j</sub>(n<sub>j</sub> − d<sub>j</sub>)).</li>
 *   <li>Pointwise limits, log-log transform (Kalbfleisch & Prentice 1980; the default {@code CONFTYPE=LOGLOG}
 *       of SAS PROC LIFETEST, "Pointwise Confidence Limits in the OUTSURV= Data Set"):
 *       Ŝ(t)<sup>exp(±z·σ)</sup> with σ = √Σ d/(n(n−d)) / |log Ŝ(t)|; the limit with −z is the upper one.
 *       Not defined where Ŝ(t) is 1 or 0 (reported as empty).</li>
 *   <li>Quantiles: q<sub>p</sub> = min{t<sub>j</sub> : Ŝ(t<sub>j</sub>) &lt; 1 − p}; if Ŝ equals 1 − p exactly
 *       from t<sub>j</sub> to t<sub>j+1</sub> the quantile is (t<sub>j</sub> + t<sub>j+1</sub>)/2 (SAS PROC
 *       LIFETEST "Breslow, Fleming-Harrington, and Kaplan-Meier Methods").</li>
 *   <li>Brookmeyer R., Crowley J. (1982), "A confidence interval for the median survival time",
 *       <i>Biometrics</i> 38:29–41, generalised to a g-transform (Klein & Moeschberger 1997, as SAS does):
 *       the interval is the set of t with |g(Ŝ(t)) − g(1 − p)| ≤ z·|g′(Ŝ(t))|·SE(Ŝ(t)), g(x) = log(−log x).
 *       Equivalently, because Ŝ is a step function, lower limit = first event time at which the lower
 *       pointwise limit is ≤ 1 − p, upper limit = first event time at which the upper pointwise limit is
 *       &lt; 1 − p (the interval is [lower, upper)); a limit that is never reached is not estimable.
 *       This matches R {@code survfit(..., conf.type = "log-log")} and SAS's default.</li>
 * </ul>
 *
 * <pre>{@code
 * KaplanMeier km = KaplanMeier.estimate(List.of(new KaplanMeier.Observation(6, true), ...));
 * km.survivalAt(10);                 // Ŝ(10)
 * km.median();                        // Optional<Quantile> with CI
 * }</pre>
 */
public final class KaplanMeier {

    /** One subject: time from the origin and whether the event was observed (false = right-censored). */
    public record Observation(double time, boolean event) {
        public Observation {
            if (!(time >= 0) || Double.isInfinite(time)) {
                throw new IllegalArgumentException("time must be finite and >= 0: " + time);
            }
        }
    }

    /**
     * One row of the product-limit table, at each distinct observed time (event or censoring).
     *
     * @param time         the distinct time
     * @param atRisk       n<sub>j</sub>, subjects with time ≥ this time
     * @param events       d<sub>j</sub>, events at this time
     * @param censored     censorings at this time
     * @param survival     Ŝ(time)
     * @param standardError Greenwood SE of Ŝ(time)
     * @param lower        lower pointwise 95% limit (log-log), empty where undefined
     * @param upper        upper pointwise 95% limit (log-log), empty where undefined
     */
    public record Step(double time, int atRisk, int events, int censored, double survival, double standardError,
                       OptionalDouble lower, OptionalDouble upper) {
    }

    /** An estimated quantile (for example the median, p = 0.5) with its Brookmeyer–Crowley interval. */
    public record Quantile(double probability, OptionalDouble estimate, OptionalDouble lower, OptionalDouble upper) {
    }

    /** Survival at a fixed time with its pointwise limits (log-log). */
    public record SurvivalAtTime(double time, double survival, double standardError, OptionalDouble lower,
                                 OptionalDouble upper) {
    }

    /** Two-sided normal quantile for the 95% level, z = Φ⁻¹(0.975). */
    public static final double Z_95 = 1.959963984540054;

    private final List<Step> steps;
    private final List<Double> greenwoodSums;
    private final int subjects;
    private final double confidenceZ;

    private KaplanMeier(List<Step> steps, List<Double> greenwoodSums, int subjects, double z) {
        this.steps = List.copyOf(steps);
        this.greenwoodSums = List.copyOf(greenwoodSums);
        this.subjects = subjects;
        this.confidenceZ = z;
    }

    /** Estimates the curve with 95% pointwise limits. */
    public static KaplanMeier estimate(List<Observation> observations) {
        return estimate(observations, Z_95);
    }

    /** Estimates the curve; {@code z} is the normal quantile of the two-sided level (1.96 for 95%). */
    public static KaplanMeier estimate(List<Observation> observations, double z) {
        TreeMap<Double, int[]> byTime = new TreeMap<>();
        for (Observation o : observations) {
            int[] counts = byTime.computeIfAbsent(o.time(), t -> new int[2]);
            counts[o.event() ? 0 : 1]++;
        }
        List<Step> steps = new ArrayList<>();
        List<Double> sums = new ArrayList<>();
        int atRisk = observations.size();
        double survival = 1.0;
        double greenwood = 0.0;
        for (var entry : byTime.entrySet()) {
            int events = entry.getValue()[0];
            int censored = entry.getValue()[1];
            if (events > 0) {
                survival *= 1.0 - (double) events / atRisk;
                greenwood = atRisk == events ? Double.POSITIVE_INFINITY
                        : greenwood + (double) events / ((double) atRisk * (atRisk - events));
            }
            double se = survival == 0.0 ? 0.0 : survival * Math.sqrt(greenwood);
            OptionalDouble[] limits = logLogLimits(survival, greenwood, z);
            steps.add(new Step(entry.getKey(), atRisk, events, censored, survival, se, limits[0], limits[1]));
            sums.add(greenwood);
            atRisk -= events + censored;
        }
        return new KaplanMeier(steps, sums, observations.size(), z);
    }

    private static OptionalDouble[] logLogLimits(double survival, double greenwood, double z) {
        if (survival <= 0.0 || survival >= 1.0 || Double.isInfinite(greenwood)) {
            return new OptionalDouble[] {OptionalDouble.empty(), OptionalDouble.empty()};
        }
        double logS = Math.log(survival);
        double sigma = Math.sqrt(greenwood) / Math.abs(logS);
        double lower = Math.pow(survival, Math.exp(z * sigma));
        double upper = Math.pow(survival, Math.exp(-z * sigma));
        return new OptionalDouble[] {OptionalDouble.of(lower), OptionalDouble.of(upper)};
    }

    /** Every distinct time, ascending. */
    public List<Step> steps() {
        return steps;
    }

    /** Only the rows with at least one event, ascending (the "event times" of a life table). */
    public List<Step> eventSteps() {
        return steps.stream().filter(s -> s.events() > 0).toList();
    }

    /** Number of subjects. */
    public int subjects() {
        return subjects;
    }

    /** Number of events observed. */
    public int events() {
        return steps.stream().mapToInt(Step::events).sum();
    }

    /** Number of censored subjects. */
    public int censored() {
        return subjects - events();
    }

    /** Largest observed time (event or censoring), or empty when there are no subjects. */
    public OptionalDouble maximumTime() {
        return steps.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(steps.get(steps.size() - 1).time());
    }

    /** Ŝ(t): the product over event times ≤ t (1 before the first event). */
    public double survivalAt(double time) {
        return lastStepAtOrBefore(time).map(Step::survival).orElse(1.0);
    }

    /** Number at risk just before {@code time}: subjects whose observed time is ≥ {@code time}. */
    public int atRiskAt(double time) {
        for (Step s : steps) {
            if (s.time() >= time) {
                return s.atRisk();
            }
        }
        return 0;
    }

    /**
     * Ŝ at a fixed time (for example the 2-year rate) with SE and log-log limits; empty when {@code time} is
     * beyond the largest observed time (not estimable from the data).
     */
    public Optional<SurvivalAtTime> survivalAtTime(double time) {
        if (steps.isEmpty() || time > maximumTime().getAsDouble()) {
            return Optional.empty();
        }
        return Optional.of(lastStepAtOrBefore(time)
                .map(s -> new SurvivalAtTime(time, s.survival(), s.standardError(), s.lower(), s.upper()))
                .orElse(new SurvivalAtTime(time, 1.0, 0.0, OptionalDouble.empty(), OptionalDouble.empty())));
    }

    private Optional<Step> lastStepAtOrBefore(double time) {
        Step found = null;
        for (Step s : steps) {
            if (s.time() <= time) {
                found = s;
            } else {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The median survival time with its Brookmeyer–Crowley 95% interval (log-log). */
    public Quantile median() {
        return quantile(0.5);
    }

    /** The p-th quantile (p = 0.25, 0.5, 0.75) with its Brookmeyer–Crowley interval (log-log). */
    public Quantile quantile(double p) {
        double target = 1.0 - p;
        List<Step> events = eventSteps();
        OptionalDouble estimate = OptionalDouble.empty();
        for (int i = 0; i < events.size(); i++) {
            Step s = events.get(i);
            if (Math.abs(s.survival() - target) < 1e-12) {
                if (i + 1 < events.size()) {
                    estimate = OptionalDouble.of((s.time() + events.get(i + 1).time()) / 2.0);
                    break;
                }
                // Ŝ stays at 1 - p until the end of follow-up: not estimable
                break;
            }
            if (s.survival() < target) {
                estimate = OptionalDouble.of(s.time());
                break;
            }
        }
        OptionalDouble lower = OptionalDouble.empty();
        OptionalDouble upper = OptionalDouble.empty();
        for (Step s : events) {
            double lo = s.lower().orElse(s.survival() <= 0.0 ? 0.0 : 1.0);
            double hi = s.upper().orElse(s.survival() <= 0.0 ? 0.0 : 1.0);
            if (lower.isEmpty() && lo <= target) {
                lower = OptionalDouble.of(s.time());
            }
            if (upper.isEmpty() && hi < target) {
                upper = OptionalDouble.of(s.time());
            }
        }
        return new Quantile(p, estimate, lower, upper);
    }

    /** Times of the censored observations (for tick marks on a plot), ascending, one entry per time. */
    public List<Double> censoringTimes() {
        return steps.stream().filter(s -> s.censored() > 0).map(Step::time)
                .sorted(Comparator.naturalOrder()).toList();
    }

    /** The z used for the limits. */
    public double confidenceZ() {
        return confidenceZ;
    }

    /** Σ d/(n(n−d)) at each step, in step order (Greenwood's sum; exposed for tests and audit). */
    public List<Double> greenwoodSums() {
        return greenwoodSums;
    }
}
