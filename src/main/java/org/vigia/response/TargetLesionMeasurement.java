package org.vigia.response;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One target lesion at a follow-up time point: its baseline and current diameter in millimetres
 * (RECIST 1.1 section 4.3.1). Non-nodal lesions are measured by longest diameter, lymph nodes
 * ({@code nodal}) by short axis.
 *
 * <p>{@code currentMm} conventions from RECIST 1.1 section 4.3.1 ("Lesions that become too small to
 * measure"): {@code null} = not assessed at this time point; {@code 0} = disappeared; {@code 5} = present
 * but too small to measure (the default value); otherwise the measurement. For nodes the actual short
 * axis is entered even when it is under 10 mm.
 *
 * @param id         lesion identifier, e.g. {@code T1}
 * @param nodal      {@code true} for a lymph node (short axis)
 * @param baselineMm baseline diameter, required, greater than zero
 * @param currentMm  current diameter, {@code null} when not assessed
 */
public record TargetLesionMeasurement(String id, boolean nodal, BigDecimal baselineMm, BigDecimal currentMm) {

    public TargetLesionMeasurement {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A target lesion needs an id");
        }
        Objects.requireNonNull(baselineMm, () -> "Target lesion " + id + ": baselineMm is required");
        if (baselineMm.signum() <= 0) {
            throw new IllegalArgumentException("Target lesion " + id + ": baselineMm must be greater than 0");
        }
        if (currentMm != null && currentMm.signum() < 0) {
            throw new IllegalArgumentException("Target lesion " + id + ": currentMm must not be negative");
        }
    }

    /** Convenience factory with millimetres as plain numbers; {@code currentMm} may be {@code null}. */
    public static TargetLesionMeasurement of(String id, boolean nodal, Number baselineMm, Number currentMm) {
        return new TargetLesionMeasurement(id, nodal, Millimetres.of(baselineMm), Millimetres.of(currentMm));
    }

    /** Whether the lesion was assessed at this time point. */
    public boolean assessed() {
        return currentMm != null;
    }

    /**
     * Whether the lesion meets the complete-response criterion: a non-nodal lesion has disappeared
     * (0 mm); a node has a short axis under 10 mm (RECIST 1.1 section 4.3.1, "Lymph nodes").
     * Not assessed → {@code false}.
     */
    public boolean meetsCompleteResponse() {
        if (currentMm == null) {
            return false;
        }
        return nodal ? currentMm.compareTo(Millimetres.NORMAL_NODE_LIMIT) < 0 : currentMm.signum() == 0;
    }

    /**
     * Whether the lesion is seen again, judged after a complete response: a non-nodal lesion with any
     * size (5 mm "too small to measure" included), a node with a short axis of 10 mm or more
     * (EORTC RECIST 1.1 questions and clarifications, "Abnormal lymph node").
     */
    public boolean reappeared() {
        return currentMm != null && !meetsCompleteResponse();
    }
}
