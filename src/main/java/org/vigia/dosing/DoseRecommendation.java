package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.Objects;
import org.vigia.study.definition.DoseAction;

/**
 * What the system recommends for an agent on a treatment day: give {@code recommendedDoseMg} (the planned dose at
 * the current percent, {@link PlannedDose#plannedDoseMg()}), or give nothing because the agent is held or
 * discontinued ({@link DoseDecision#action()}).
 *
 * @param agent             agent name
 * @param status            CONTINUE (give the recommended dose), HOLD or DISCONTINUE
 * @param recommendedDoseMg the dose to give when CONTINUE; null otherwise
 */
public record DoseRecommendation(String agent, DoseAction status, BigDecimal recommendedDoseMg) {

    public DoseRecommendation {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(status, "status");
        if (status == DoseAction.CONTINUE && (recommendedDoseMg == null || recommendedDoseMg.signum() <= 0)) {
            throw new IllegalArgumentException("A CONTINUE recommendation needs a positive dose");
        }
    }

    public static DoseRecommendation give(String agent, BigDecimal doseMg) {
        return new DoseRecommendation(agent, DoseAction.CONTINUE, doseMg);
    }

    public static DoseRecommendation held(String agent) {
        return new DoseRecommendation(agent, DoseAction.HOLD, null);
    }

    public static DoseRecommendation discontinued(String agent) {
        return new DoseRecommendation(agent, DoseAction.DISCONTINUE, null);
    }
}
