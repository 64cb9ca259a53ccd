package org.vigia.subject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.vigia.terminology.LabTest;

/**
 * The subject's baseline lab values as the baseline form shows them (the creatinine of the Cockcroft-Gault
 * clearance); implemented by the lab feature ({@code lab.LabResultBaselines}), which sits above subjects.
 * <pre>{@code
 * baselineLabs.baseline(subjectId, LabTest.CREAT).ifPresent(c -> ... c.canonicalValue() ...);
 * }</pre>
 */
public interface BaselineLabs {

    /** A baseline value in the test's canonical unit and the day it was collected. */
    record BaselineValue(BigDecimal canonicalValue, LocalDate collectedOn) {
    }

    /** The subject's baseline result of {@code test}, if any (access checked as for reading the subject). */
    Optional<BaselineValue> baseline(Long subjectId, LabTest test);
}
