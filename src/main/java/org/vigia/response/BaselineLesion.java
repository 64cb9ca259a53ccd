package org.vigia.response;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A lesion as recorded at the baseline tumour assessment (RECIST 1.1 sections 3.1 to 3.3).
 *
 * @param id               lesion identifier, e.g. {@code T1}
 * @param organ            organ or site, e.g. {@code lung}, {@code liver}. Paired organs are one organ
 *                         ({@code lung}, not {@code left lung}); all lymph nodes are one organ whatever
 *                         is written here (EORTC RECIST 1.1 clarifications, "Paired organs")
 * @param nodal            {@code true} for a lymph node
 * @param role             target or non-target
 * @param diameterMm       longest diameter (non-nodal) or short axis (node); {@code null} when not measured
 * @param sliceThicknessMm reconstruction slice thickness; {@code null} when unknown (taken as ≤ 5 mm)
 * @param method           imaging method
 * @param date             date of the scan; {@code null} when not entered
 * @param irradiation      on-study irradiation of the lesion
 */
public record BaselineLesion(
        String id,
        String organ,
        boolean nodal,
        LesionRole role,
        BigDecimal diameterMm,
        BigDecimal sliceThicknessMm,
        ImagingMethod method,
        LocalDate date,
        IrradiationStatus irradiation) {

    public BaselineLesion {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A baseline lesion needs an id");
        }
        if (organ == null || organ.isBlank()) {
            throw new IllegalArgumentException("Baseline lesion " + id + ": organ is required");
        }
        Objects.requireNonNull(role, () -> "Baseline lesion " + id + ": role is required");
        Objects.requireNonNull(method, () -> "Baseline lesion " + id + ": method is required");
        Objects.requireNonNull(irradiation, () -> "Baseline lesion " + id + ": irradiation is required");
        if (diameterMm != null && diameterMm.signum() < 0) {
            throw new IllegalArgumentException("Baseline lesion " + id + ": diameterMm must not be negative");
        }
        if (sliceThicknessMm != null && sliceThicknessMm.signum() <= 0) {
            throw new IllegalArgumentException("Baseline lesion " + id + ": sliceThicknessMm must be greater than 0");
        }
    }

    /** The organ key used for the two-per-organ limit: all nodes share one key, others by organ name. */
    public String organKey() {
        return nodal ? "lymph nodes" : organ.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
