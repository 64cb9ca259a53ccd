package org.vigia.response;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A baseline target lesion with its on-study irradiation, for response by irradiation group
 * (NCT06494995: ORR of the lesions given SBRT, low-dose RT, or not irradiated).
 *
 * @param id          lesion identifier
 * @param nodal       {@code true} for a lymph node (short axis)
 * @param irradiation how the lesion was irradiated
 * @param baselineMm  baseline diameter, greater than 0
 */
public record IrradiatedTargetLesion(String id, boolean nodal, IrradiationStatus irradiation, BigDecimal baselineMm) {

    public IrradiatedTargetLesion {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A target lesion needs an id");
        }
        Objects.requireNonNull(irradiation, () -> "Target lesion " + id + ": irradiation is required");
        Objects.requireNonNull(baselineMm, () -> "Target lesion " + id + ": baselineMm is required");
        if (baselineMm.signum() <= 0) {
            throw new IllegalArgumentException("Target lesion " + id + ": baselineMm must be greater than 0");
        }
    }
}
