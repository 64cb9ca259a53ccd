package org.vigia.instrument;

import java.util.List;

/**
 * A score computed from other scales' scores rather than from items: the QLQ-C30 summary score {@code SUMSC}
 * (Giesinger JM, Kieffer JM, Fayers PM, et al. Replication and validation of higher order models demonstrated that a
 * summary score for the EORTC QLQ-C30 is robust. J Clin Epidemiol 2016;69:79-88): the mean of 13 scale scores,
 * each symptom score reversed (100 − S) so that a high summary score is good; global health status (QL2) and
 * financial difficulties (FI) are not part of it. It is missing when any component is missing.
 *
 * @param code       the abbreviation ({@code SUMSC})
 * @param components the codes of the scales it averages
 */
public record SummaryScore(String code, List<String> components) {

    public SummaryScore {
        if (code == null || code.isBlank() || components == null || components.isEmpty()) {
            throw new IllegalArgumentException("summary score " + code);
        }
        components = List.copyOf(components);
    }

    /** {@link ScaleKind#SUMMARY}. */
    public ScaleKind kind() {
        return ScaleKind.SUMMARY;
    }

    /** The key of the summary score's short label in the {@code instrument} bundle. */
    public String labelKey() {
        return "scale." + code;
    }
}
