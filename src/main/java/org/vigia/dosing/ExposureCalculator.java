package org.vigia.dosing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.vigia.study.definition.DoseModificationRule;

/**
 * Cumulative dose and relative dose intensity of one agent for one subject.
 * <p>
 * <b>Relative dose intensity (RDI)</b>, after Hryniuk and Lyman: RDI = DDI / PDI × 100 %, where
 * <ul>
 *   <li>DDI, delivered dose intensity = Σ administered mg / actual treatment time;</li>
 *   <li>PDI, planned dose intensity = Σ planned full (100 %) mg of the same cycles / planned time;</li>
 *   <li>actual treatment time = days from the start of the first cycle to the start of the last cycle given, plus
 *       one cycle length (the last cycle counts for its full length);</li>
 *   <li>planned time = number of cycles given × cycle length.</li>
 * </ul>
 * A cycle's start is its earliest administration date. Reductions lower the DDI through the dose, delays through
 * the time; cycles never given (after discontinuation) do not count, so RDI is over the actual treatment time, not
 * the planned number of cycles. Example: 136.5, 136.5 and 109.2 mg on days 0, 21 and 49 of a 21-day schedule with
 * 136.5 mg planned each: DDI = 382.2/70, PDI = 409.5/63, RDI = 84.0 %.
 * <p>
 * Cumulative mg/m² = Σ (mg given / BSA of that day), rounded to 0.1 at the end.
 */
public final class ExposureCalculator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * @param agent           the agent
     * @param cycleLengthDays planned cycle length (21 for Q3W)
     * @param administrations the agent's administrations (others are ignored)
     * @param modifications   holds, reductions, discontinuations (other agents' are ignored)
     */
    public Exposure exposure(String agent, int cycleLengthDays, List<DoseAdministration> administrations,
                             List<DoseModificationEvent> modifications) {
        Objects.requireNonNull(agent, "agent");
        if (cycleLengthDays < 1) {
            throw new IllegalArgumentException("cycleLengthDays must be ≥ 1");
        }
        List<DoseAdministration> mine = administrations.stream()
                .filter(a -> DoseModificationRule.sameText(agent, a.agent())).toList();
        List<DoseModificationEvent> events = modifications.stream()
                .filter(e -> DoseModificationRule.sameText(agent, e.agent()))
                .sorted(Comparator.comparing(DoseModificationEvent::date)).toList();

        BigDecimal deliveredMg = mine.stream().map(DoseAdministration::administeredMg)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal plannedMg = mine.stream().map(DoseAdministration::plannedFullDoseMg)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int given = (int) mine.stream().filter(a -> a.administeredMg().signum() > 0).count();

        BigDecimal perM2 = BigDecimal.ZERO;
        for (DoseAdministration a : mine) {
            if (a.administeredMg().signum() == 0) {
                continue;
            }
            if (a.bsaM2() == null) {
                perM2 = null;
                break;
            }
            perM2 = perM2.add(a.administeredMg().divide(a.bsaM2(), MathContext.DECIMAL64));
        }

        Map<Integer, LocalDate> cycleStarts = new TreeMap<>();
        mine.forEach(a -> cycleStarts.merge(a.cycle(), a.date(), (x, y) -> x.isBefore(y) ? x : y));
        BigDecimal rdi = null;
        if (deliveredMg.signum() > 0) {
            LocalDate first = cycleStarts.values().stream().min(Comparator.naturalOrder()).orElseThrow();
            LocalDate last = cycleStarts.values().stream().max(Comparator.naturalOrder()).orElseThrow();
            BigDecimal actualDays = BigDecimal.valueOf(ChronoUnit.DAYS.between(first, last) + cycleLengthDays);
            BigDecimal plannedDays = BigDecimal.valueOf((long) cycleStarts.size() * cycleLengthDays);
            // RDI = (delivered / actualDays) / (planned / plannedDays) = delivered × plannedDays / (planned × actualDays)
            rdi = deliveredMg.multiply(plannedDays).multiply(HUNDRED)
                    .divide(plannedMg.multiply(actualDays), 1, RoundingMode.HALF_UP);
        }
        return new Exposure(agent, cycleStarts.size(), given, deliveredMg,
                perM2 == null ? null : perM2.setScale(1, RoundingMode.HALF_UP), rdi,
                count(events, DoseModificationEvent.Kind.HOLD), count(events, DoseModificationEvent.Kind.REDUCTION),
                count(events, DoseModificationEvent.Kind.DISCONTINUATION), events);
    }

    private static int count(List<DoseModificationEvent> events, DoseModificationEvent.Kind kind) {
        return (int) events.stream().filter(e -> e.kind() == kind).count();
    }
}
