package org.vigia.response;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything needed to assess one RECIST 1.1 follow-up time point (Eisenhauer et al. 2009, section 4.3):
 * the target lesions with their baseline and current diameters, the nadir, whether the previous overall
 * response was a complete response, the non-target lesions and whether new lesions were seen.
 *
 * <p>The lists must hold <em>all</em> target and all non-target lesions recorded at baseline: the RECIST
 * sums are sums over every target lesion. A target lesion not assessed at this time point stays in the
 * list with {@code currentMm = null}.
 *
 * <p>Consistency checks done here (an {@link IllegalArgumentException} names the problem):
 * at least one lesion; ids unique across both lists; {@code newLesions} given; {@code nadirSumMm} not
 * negative and absent when there are no target lesions. A nadir above the baseline sum of the listed
 * lesions is accepted but not used as given: the nadir is "the smallest sum on study, including the
 * baseline sum" (section 4.3.1), so it can never exceed the baseline sum; {@link #effectiveNadirSumMm()}
 * caps it at the baseline sum and {@link #warnings()} says so (a nadir above the baseline sum usually means
 * that target lesions are missing from the list).
 *
 * @param targetLesions          all baseline target lesions; {@code null} is read as none
 * @param nadirSumMm             smallest sum of diameters before this time point (baseline included);
 *                               {@code null} = the baseline sum (first follow-up)
 * @param priorCompleteResponse  whether the overall response at the previous time point was CR; then any
 *                               lesion that reappears is progression (EORTC RECIST 1.1 clarifications)
 * @param nonTargetLesions       all baseline non-target lesions; {@code null} is read as none
 * @param newLesions             whether new lesions were seen, required
 */
public record TimePointInput(
        List<TargetLesionMeasurement> targetLesions,
        BigDecimal nadirSumMm,
        boolean priorCompleteResponse,
        List<NonTargetLesionAssessment> nonTargetLesions,
        NewLesions newLesions) {

    public TimePointInput {
        targetLesions = targetLesions == null ? List.of() : List.copyOf(targetLesions);
        nonTargetLesions = nonTargetLesions == null ? List.of() : List.copyOf(nonTargetLesions);
        Objects.requireNonNull(newLesions, "newLesions is required (NO, YES or EQUIVOCAL)");
        if (targetLesions.isEmpty() && nonTargetLesions.isEmpty()) {
            throw new IllegalArgumentException("A time point needs at least one target or non-target lesion");
        }
        Set<String> ids = new HashSet<>();
        for (TargetLesionMeasurement lesion : targetLesions) {
            if (!ids.add(lesion.id())) {
                throw new IllegalArgumentException("Lesion id " + lesion.id() + " is used twice");
            }
        }
        for (NonTargetLesionAssessment lesion : nonTargetLesions) {
            if (!ids.add(lesion.id())) {
                throw new IllegalArgumentException("Lesion id " + lesion.id() + " is used twice");
            }
        }
        if (nadirSumMm != null) {
            if (targetLesions.isEmpty()) {
                throw new IllegalArgumentException("nadirSumMm is given but there are no target lesions");
            }
            if (nadirSumMm.signum() < 0) {
                throw new IllegalArgumentException("nadirSumMm must not be negative");
            }
        }
    }

    /** The sum of the baseline diameters of all target lesions ({@code 0} when there are none). */
    public BigDecimal baselineSumMm() {
        return sumOfBaselines(targetLesions);
    }

    /**
     * The nadir to compare with: the given nadir, or the baseline sum when none was given; a given nadir
     * above the baseline sum is capped at the baseline sum (section 4.3.1 counts the baseline in the nadir).
     */
    public BigDecimal effectiveNadirSumMm() {
        BigDecimal baseline = baselineSumMm();
        return nadirSumMm != null ? nadirSumMm.min(baseline) : baseline;
    }

    /** Whether the given nadir was above the baseline sum and {@link #effectiveNadirSumMm()} capped it. */
    public boolean nadirCapped() {
        return nadirSumMm != null && nadirSumMm.compareTo(baselineSumMm()) > 0;
    }

    /** What the calculator had to assume about this input, in English; empty when nothing. */
    public List<String> warnings() {
        if (!nadirCapped()) {
            return List.of();
        }
        String baseline = baselineSumMm().stripTrailingZeros().toPlainString();
        return List.of("nadirSumMm " + nadirSumMm.stripTrailingZeros().toPlainString()
                + " exceeds the baseline sum " + baseline + " of the listed target lesions; RECIST 1.1 §4.3.1"
                + " counts baseline in the nadir, so " + baseline + " was used (list every baseline target lesion"
                + " if the nadir is right)");
    }

    private static BigDecimal sumOfBaselines(List<TargetLesionMeasurement> lesions) {
        return lesions.stream().map(TargetLesionMeasurement::baselineMm).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
