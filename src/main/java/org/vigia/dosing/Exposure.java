package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A subject's exposure to one agent ({@link ExposureCalculator}).
 *
 * @param agent                        agent name
 * @param cycles                       number of cycles with at least one administration record
 * @param administrations              administrations with a dose above 0
 * @param cumulativeDoseMg             total dose given, mg
 * @param cumulativeDoseMgPerM2        Σ (dose / BSA of the day), mg/m², one decimal; null if a dose lacks its BSA
 * @param relativeDoseIntensityPercent RDI, percent, one decimal (definition in {@link ExposureCalculator}); null
 *                                     when nothing was given
 * @param holds                        number of holds
 * @param reductions                   number of dose reductions
 * @param discontinuations             number of discontinuations (0 or 1 in practice)
 * @param modifications                the holds, reductions and discontinuations with their reasons, by date
 */
public record Exposure(String agent, int cycles, int administrations, BigDecimal cumulativeDoseMg,
                       BigDecimal cumulativeDoseMgPerM2, BigDecimal relativeDoseIntensityPercent, int holds,
                       int reductions, int discontinuations, List<DoseModificationEvent> modifications) {
    public Exposure {
        modifications = List.copyOf(modifications);
    }
}
