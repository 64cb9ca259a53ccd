package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an agent's recorded lines say about its next dose: the current dose level (percent of the full dose), the
 * reductions so far, the resume level a hold set (until the next dose is given), and whether it was discontinued.
 * <pre>{@code
 * DoseHistory h = DoseHistory.of(linesOfTheAgentInOrder);
 * BigDecimal level = h.resumePercent() != null ? h.resumePercent() : h.currentPercent();
 * }</pre>
 */
record DoseHistory(BigDecimal currentPercent, int reductions, BigDecimal resumePercent, boolean discontinued) {

    private static final BigDecimal FULL = new BigDecimal("100");

    /** Reads the agent's lines in the order they were given. */
    static DoseHistory of(List<TreatmentAdministration> lines) {
        BigDecimal current = FULL;
        int reductions = 0;
        BigDecimal resume = null;
        boolean discontinued = false;
        for (TreatmentAdministration a : lines) {
            switch (a.getStatus()) {
                case GIVEN -> {
                    if (a.getDosePercent().compareTo(current) < 0) {
                        reductions++;
                    }
                    current = a.getDosePercent();
                    resume = null;
                }
                case NOT_GIVEN -> resume = a.getResumeDosePercent() != null ? a.getResumeDosePercent() : resume;
                case DISCONTINUED -> discontinued = true;
            }
        }
        return new DoseHistory(current, reductions, resume, discontinued);
    }
}
