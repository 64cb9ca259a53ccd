package org.vigia.response;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One non-target lesion at a follow-up time point (RECIST 1.1 section 4.3.3). Non-target lesions are
 * assessed qualitatively; for a lymph node the short axis may be entered, because a node is normal when
 * its short axis is under 10 mm (needed for CR: "all lymph nodes must be non-pathological in size").
 *
 * @param id          lesion identifier, e.g. {@code NT1}
 * @param nodal       {@code true} for a lymph node
 * @param status      the qualitative assessment, required
 * @param shortAxisMm short axis of a node, optional; ignored for non-nodal lesions
 */
public record NonTargetLesionAssessment(String id, boolean nodal, NonTargetStatus status, BigDecimal shortAxisMm) {

    public NonTargetLesionAssessment {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A non-target lesion needs an id");
        }
        Objects.requireNonNull(status, () -> "Non-target lesion " + id + ": status is required");
        if (shortAxisMm != null && shortAxisMm.signum() < 0) {
            throw new IllegalArgumentException("Non-target lesion " + id + ": shortAxisMm must not be negative");
        }
        if (nodal && status == NonTargetStatus.ABSENT && shortAxisMm != null
                && shortAxisMm.compareTo(Millimetres.NORMAL_NODE_LIMIT) >= 0) {
            throw new IllegalArgumentException("Non-target lesion " + id
                    + ": a node recorded ABSENT cannot have a short axis of 10 mm or more");
        }
    }

    /** Convenience factory; {@code shortAxisMm} may be {@code null}. */
    public static NonTargetLesionAssessment of(String id, boolean nodal, NonTargetStatus status, Number shortAxisMm) {
        return new NonTargetLesionAssessment(id, nodal, status, Millimetres.of(shortAxisMm));
    }

    /**
     * Whether the lesion meets the non-target CR criterion: disappeared, or for a node, present with a
     * short axis under 10 mm. A node PRESENT without a short axis is taken as pathological.
     */
    public boolean meetsCompleteResponse() {
        if (status == NonTargetStatus.ABSENT) {
            return true;
        }
        return nodal && status == NonTargetStatus.PRESENT && shortAxisMm != null
                && shortAxisMm.compareTo(Millimetres.NORMAL_NODE_LIMIT) < 0;
    }
}
