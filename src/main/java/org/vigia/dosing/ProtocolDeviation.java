package org.vigia.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.vigia.shared.text.Text;

/**
 * A protocol deviation finding about a dose: given while it should not have been, or departing from the
 * recommended dose by more than the tolerance, with no documented reason ({@link DoseDeviationRules}).
 *
 * @param agent             agent name
 * @param date              administration date
 * @param kind              what departed
 * @param recommendedDoseMg the recommended dose, or null when the agent was held or discontinued
 * @param administeredDoseMg the dose given
 * @param differencePercent (given − recommended) / recommended × 100, one decimal; null when held/discontinued
 * @param descriptionText   what departed, for the deviation log (stored with its key; {@link #description()}: English)
 */
public record ProtocolDeviation(String agent, LocalDate date, Kind kind, BigDecimal recommendedDoseMg,
                                BigDecimal administeredDoseMg, BigDecimal differencePercent, Text descriptionText) {

    /** The description in English (the audit trail's). */
    public String description() {
        return descriptionText.english();
    }

    /** What departed from the recommendation. */
    public enum Kind {
        DOSE_ABOVE_RECOMMENDATION, DOSE_BELOW_RECOMMENDATION, GIVEN_WHILE_HELD, GIVEN_AFTER_DISCONTINUATION,
        /** A cycle's day 1 before its window (recorded on purpose with a reason). */
        CYCLE_TOO_EARLY,
        /** A phase started outside its start window (recorded on purpose with a reason). */
        PHASE_START_OUT_OF_WINDOW
    }
}
