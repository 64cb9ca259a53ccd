package org.vigia.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.LabCriterion;
import org.vigia.study.definition.PreCycleLabCriteria;
import org.vigia.terminology.LabTest;

/**
 * The pre-cycle laboratory gate: checks the study definition's {@link PreCycleLabCriteria} against a subject's
 * lab results before a cycle starts (NCT07041788 "Cycle Transition").
 * <p>
 * For each criterion, the latest result of its test dated on or before the cycle start is used. It fails as
 * <ul>
 *   <li>{@code MISSING} when there is no result for the test at all (or, for a ×ULN criterion, no ULN);</li>
 *   <li>{@code OUT_OF_WINDOW} when the latest result was drawn more than {@code windowDays} days before the cycle
 *       start, is undated, or every result is dated after the cycle start;</li>
 *   <li>{@code UNIT_MISMATCH} when its unit does not fit the test ({@link LabTest#accepts});</li>
 *   <li>{@code NOT_MET} when the value, converted to the test's canonical unit, misses the threshold (inclusive:
 *       ANC 1.5 passes ≥1.5; ALT 2.5×ULN passes ≤2.5×ULN).</li>
 * </ul>
 * Results for tests no criterion names are ignored.
 * <pre>{@code
 * PreCycleResult r = new PreCycleCheck().evaluate(definition.preCycleLabs(), labs, cycleStart);
 * }</pre>
 */
public final class PreCycleCheck {

    /** Evaluates every criterion; {@code go} only when none fails. */
    public PreCycleResult evaluate(PreCycleLabCriteria criteria, List<LabResult> labs, LocalDate cycleStart) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(labs, "labs");
        Objects.requireNonNull(cycleStart, "cycleStart");
        List<PreCycleFailure> failures = new ArrayList<>();
        for (LabCriterion criterion : criteria.criteria()) {
            evaluate(criterion, labs, cycleStart, criteria.windowDays()).ifPresent(failures::add);
        }
        return new PreCycleResult(failures.isEmpty(), failures);
    }

    private Optional<PreCycleFailure> evaluate(LabCriterion criterion, List<LabResult> labs, LocalDate cycleStart,
                                               int windowDays) {
        LabTest test = criterion.test();
        String code = test.name();
        String threshold = criterion.describe();
        List<LabResult> ofTest = labs.stream()
                .filter(l -> LabTest.byCode(l.test()).filter(test::equals).isPresent())
                .toList();
        if (ofTest.isEmpty()) {
            return fail(code, null, null, threshold, PreCycleFailure.Reason.MISSING,
                    text("precycle.missing", test.displayName()));
        }
        Optional<LabResult> latestDated = ofTest.stream()
                .filter(l -> l.collectedOn() != null && !l.collectedOn().isAfter(cycleStart))
                .max(Comparator.comparing(LabResult::collectedOn));
        if (latestDated.isEmpty()) {
            LabResult any = ofTest.get(0);
            return fail(code, any.value(), any.unit(), threshold, PreCycleFailure.Reason.OUT_OF_WINDOW,
                    text("precycle.noDatedResult", test.displayName(), cycleStart));
        }
        LabResult lab = latestDated.get();
        LocalDate earliest = cycleStart.minusDays(windowDays);
        if (lab.collectedOn().isBefore(earliest)) {
            return fail(code, lab.value(), lab.unit(), threshold, PreCycleFailure.Reason.OUT_OF_WINDOW,
                    text("precycle.tooOld", test.displayName(), lab.collectedOn(), windowDays, cycleStart));
        }
        if (!test.accepts(lab.unit())) {
            return fail(code, lab.value(), lab.unit(), threshold, PreCycleFailure.Reason.UNIT_MISMATCH,
                    text("precycle.unitMismatch", String.valueOf(lab.unit()), test.displayName(),
                            String.valueOf(test.units())));
        }
        BigDecimal value = test.toCanonical(lab.value(), lab.unit());
        BigDecimal limit;
        if (criterion.timesUln()) {
            if (lab.uln() == null || lab.uln().signum() <= 0) {
                return fail(code, lab.value(), lab.unit(), threshold, PreCycleFailure.Reason.MISSING,
                        text("precycle.noUln", test.displayName(), threshold));
            }
            limit = criterion.threshold().multiply(test.toCanonical(lab.uln(), lab.unit()));
        } else {
            limit = criterion.canonicalThreshold();
        }
        if (!criterion.comparison().holds(value, limit)) {
            return fail(code, lab.value(), lab.unit(), threshold, PreCycleFailure.Reason.NOT_MET,
                    text("precycle.notMet", test.displayName(), plain(lab.value()), String.valueOf(lab.unit()),
                            threshold));
        }
        return Optional.empty();
    }

    private static Optional<PreCycleFailure> fail(String test, BigDecimal value, String unit, String threshold,
                                                  PreCycleFailure.Reason reason, Text message) {
        return Optional.of(new PreCycleFailure(test, value, unit, threshold, reason, message));
    }

    private static Text text(String key, Object... args) {
        return Text.of(Bundle.DOSING, key, args);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
