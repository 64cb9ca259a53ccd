package org.vigia.instrument;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The scores of one completed questionnaire: every scale, single item and summary score of the instrument, in the
 * scoring manual's order, each exact or missing (not enough items answered).
 * <pre>{@code
 * InstrumentScores s = new EortcScoring().score(Instrument.EORTC_QLQ_C30, answers);
 * s.score("PF2").map(ScaleScore::rounded);   // Optional[93.33]
 * }</pre>
 *
 * @param instrument the questionnaire
 * @param scores     by code, in order; a null value is a score that cannot be computed
 */
public record InstrumentScores(Instrument instrument, Map<String, ScaleScore> scores) {

    public InstrumentScores {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** The score of {@code code}; empty when missing (or not a code of this instrument). */
    public Optional<ScaleScore> score(String code) {
        return Optional.ofNullable(scores.get(code));
    }

    /** Every score rounded ({@link ScaleScore#rounded()}), null where missing, in order. */
    public Map<String, BigDecimal> rounded() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        scores.forEach((code, score) -> out.put(code, score == null ? null : score.rounded()));
        return Collections.unmodifiableMap(out);
    }
}
