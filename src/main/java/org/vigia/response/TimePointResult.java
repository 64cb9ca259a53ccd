package org.vigia.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The RECIST 1.1 assessment of one time point (Eisenhauer et al. 2009, section 4.3, Tables 1 and 2).
 *
 * <p>A response is {@code null} when the patient has no lesion of that kind (no target lesions: Table 2
 * applies; no non-target lesions: targets and new lesions alone). Sums are in millimetres; they are
 * {@code null} when there are no target lesions, and {@code currentSumMm} and the three changes are
 * {@code null} when a target lesion was not assessed (a partial sum is not the RECIST sum).
 * Percentages have 2 decimals, rounded HALF_UP; {@code changeFromNadirPct} is {@code null} when the
 * nadir is 0.
 *
 * @param targetResponse        CR, PR, SD, PD or NE; {@code null} without target lesions
 * @param nonTargetResponse     CR, NON_CR_NON_PD, PD or NE; {@code null} without non-target lesions
 * @param overallResponse       the time-point response (Table 1 or Table 2)
 * @param baselineSumMm         sum of baseline diameters of all target lesions
 * @param nadirSumMm            the nadir this time point was compared with (before this time point)
 * @param currentSumMm          sum of the current diameters
 * @param changeFromBaselinePct (current − baseline) / baseline × 100
 * @param changeFromNadirPct    (current − nadir) / nadir × 100
 * @param changeFromNadirMm     current − nadir
 * @param warnings              what the calculator had to assume about the input (e.g. a nadir above the
 *                              baseline sum, capped); empty when nothing, and then left out of the JSON
 */
public record TimePointResult(
        RecistResponse targetResponse,
        RecistResponse nonTargetResponse,
        RecistResponse overallResponse,
        BigDecimal baselineSumMm,
        BigDecimal nadirSumMm,
        BigDecimal currentSumMm,
        BigDecimal changeFromBaselinePct,
        BigDecimal changeFromNadirPct,
        BigDecimal changeFromNadirMm,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {

    public TimePointResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A result without warnings. */
    public TimePointResult(RecistResponse targetResponse, RecistResponse nonTargetResponse,
                           RecistResponse overallResponse, BigDecimal baselineSumMm, BigDecimal nadirSumMm,
                           BigDecimal currentSumMm, BigDecimal changeFromBaselinePct, BigDecimal changeFromNadirPct,
                           BigDecimal changeFromNadirMm) {
        this(targetResponse, nonTargetResponse, overallResponse, baselineSumMm, nadirSumMm, currentSumMm,
                changeFromBaselinePct, changeFromNadirPct, changeFromNadirMm, List.of());
    }

    /**
     * The nadir to pass as {@code nadirSumMm} at the next time point: the smaller of this nadir and the
     * current sum (unchanged when the current sum is unknown); {@code null} without target lesions.
     */
    public BigDecimal nadirForNextTimePoint() {
        if (nadirSumMm == null || currentSumMm == null) {
            return nadirSumMm;
        }
        return currentSumMm.min(nadirSumMm);
    }
}
