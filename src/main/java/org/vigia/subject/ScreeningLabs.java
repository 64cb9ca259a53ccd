package org.vigia.subject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.vigia.terminology.LabTest;

/**
 * The subject's lab results of the screening window, from which the eligibility lab criteria take their values;
 * implemented by the lab feature ({@code lab.LabResultScreeningLabs}), which sits above subjects.
 * <pre>{@code
 * screeningLabs.results(subjectId, LabTest.ANC, enrolledOn.minusDays(28), enrolledOn)
 *         .forEach(r -> ... r.canonicalValue() ...);
 * }</pre>
 */
public interface ScreeningLabs {

    /**
     * One lab result: as entered ({@code value}, {@code unit}), in the test's canonical unit, with the reporting
     * lab's upper limit of normal in the canonical unit (null when none applies).
     */
    record ScreeningResult(Long id, LabTest test, LocalDate collectedOn, BigDecimal value, String unit,
                           BigDecimal canonicalValue, BigDecimal uln) {
    }

    /** The subject's results of {@code test} collected from {@code from} to {@code to} (both included), oldest first. */
    List<ScreeningResult> results(Long subjectId, LabTest test, LocalDate from, LocalDate to);
}
