package org.vigia.dosing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Finds dose deviations: a dose given while the agent is held or discontinued, or a dose departing from the
 * recommended dose by more than the study's tolerance ({@code dosing.doseTolerancePercent}, ±5 % in the shipped
 * definitions; inclusive: exactly 5 % is accepted), when no reason
 * is documented. A documented reason turns the departure into an explained one and no finding is raised.
 * <p>
 * The recommendation already carries any required reduction, so recording the reduced dose after recovery needs no
 * reason, while giving the full dose after a required reduction (+25 % over 80 %) does.
 * <pre>{@code
 * new DoseDeviationRules(new BigDecimal("5")).check(DoseRecommendation.give("docetaxel", new BigDecimal("109.2")), administered);
 * }</pre>
 */
public final class DoseDeviationRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final BigDecimal tolerancePercent;

    /** @param tolerancePercent the tolerance, percent of the recommended dose */
    public DoseDeviationRules(BigDecimal tolerancePercent) {
        if (tolerancePercent == null || tolerancePercent.signum() < 0) {
            throw new IllegalArgumentException("tolerancePercent must be ≥ 0");
        }
        this.tolerancePercent = tolerancePercent;
    }

    /** The deviation, if the administered dose departs from the recommendation without a documented reason. */
    public Optional<ProtocolDeviation> check(DoseRecommendation recommendation, AdministeredDose given) {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(given, "given");
        if (given.doseMg().signum() <= 0 || given.findDocumentedReason().isPresent()) {
            return Optional.empty();
        }
        String agent = given.agent();
        String dose = plain(given.doseMg());
        switch (recommendation.status()) {
            case HOLD:
                return Optional.of(new ProtocolDeviation(agent, given.date(), ProtocolDeviation.Kind.GIVEN_WHILE_HELD,
                        null, given.doseMg(), null, text("dose.deviation.givenWhileHeld", agent, dose, given.date())));
            case DISCONTINUE:
                return Optional.of(new ProtocolDeviation(agent, given.date(),
                        ProtocolDeviation.Kind.GIVEN_AFTER_DISCONTINUATION, null, given.doseMg(), null,
                        text("dose.deviation.givenAfterDiscontinuation", agent, dose, given.date())));
            default:
                break;
        }
        BigDecimal recommended = recommendation.recommendedDoseMg();
        BigDecimal difference = given.doseMg().subtract(recommended);
        if (difference.abs().multiply(HUNDRED).compareTo(recommended.multiply(tolerancePercent)) <= 0) {
            return Optional.empty();
        }
        BigDecimal percent = difference.multiply(HUNDRED).divide(recommended, 1, RoundingMode.HALF_UP);
        ProtocolDeviation.Kind kind = difference.signum() > 0
                ? ProtocolDeviation.Kind.DOSE_ABOVE_RECOMMENDATION : ProtocolDeviation.Kind.DOSE_BELOW_RECOMMENDATION;
        return Optional.of(new ProtocolDeviation(agent, given.date(), kind, recommended, given.doseMg(), percent,
                text("dose.deviation.departs", agent, dose, given.date(), plain(recommended),
                        (percent.signum() > 0 ? "+" : "") + percent.toPlainString(), plain(tolerancePercent))));
    }

    private static Text text(String key, Object... args) {
        return Text.of(Bundle.DOSING, key, args);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
