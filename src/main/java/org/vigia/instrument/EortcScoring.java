package org.vigia.instrument;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Scores an EORTC questionnaire (QLQ-C30 version 3.0, QLQ-H&amp;N35) as the EORTC QLQ-C30 Scoring Manual (3rd
 * edition, 2001) says, with the QLQ-C30 summary score of Giesinger et al. (2016):
 * <ol>
 *   <li>the raw score RS of a scale is the mean of its answered items;</li>
 *   <li>a scale is scored when at least half of its items are answered (the manual's "missing items": the mean of
 *       the items present stands for the missing ones); a single item needs its answer;</li>
 *   <li>functional scales: S = (1 − (RS − 1) / range) × 100; symptom scales, single items and global health status:
 *       S = ((RS − 1) / range) × 100 (the range is the item's highest code minus its lowest: 3, 6 for QL2, 1 for the
 *       H&amp;N35 yes/no items);</li>
 *   <li>SUMSC is the mean of PF2, RF2, EF, CF, SF and of 100 − S for FA, NV, PA, DY, SL, AP, CO, DI (QL2 and FI are
 *       left out); missing when any of the 13 is missing.</li>
 * </ol>
 * Scores are exact fractions ({@link ScaleScore}); SUMSC averages the exact component scores. Answers are checked
 * first, all at once: an item number the questionnaire does not have, a value that is not a whole number, or a code
 * outside the item's answer codes refuses the whole questionnaire ({@code InvalidInput} naming {@code answers.<n>}),
 * nothing is dropped or rounded.
 * <pre>{@code
 * Map<String, Object> answers = Map.of("29", 5, "30", 6);   // null or absent: not answered
 * InstrumentScores s = new EortcScoring().score(Instrument.EORTC_QLQ_C30, answers);
 * s.score("QL2");   // (5.5 - 1) / 6 × 100 = 75
 * }</pre>
 */
public final class EortcScoring {

    /** An item number as written in the API: a decimal without sign or leading zero. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("[1-9][0-9]{0,2}");

    /** Longest echo of a refused key or value. */
    private static final int ECHO = 40;

    /**
     * Scores {@code answers}: item number (as text, {@code "1"}) → answer code. A null value or an absent item is
     * not answered. A value must be a whole number ({@link Integer}, {@link Long}, {@link Short}, {@link Byte} or
     * {@link BigInteger}); anything else (a decimal, a text, a boolean) is refused and echoed by its
     * {@code toString()}.
     *
     * @throws org.vigia.shared.InvalidInput naming each refused {@code answers.<key>}
     */
    public InstrumentScores score(Instrument instrument, Map<String, ?> answers) {
        FieldErrors errors = new FieldErrors();
        Map<Integer, Integer> codes = new TreeMap<>();
        answers.forEach((key, value) -> {
            InstrumentItem item = ITEM_NUMBER.matcher(key).matches()
                    ? instrument.item(Integer.parseInt(key)).orElse(null) : null;
            String shown = clip(key);
            String field = "answers." + shown;
            if (item == null) {
                errors.require(false, field, Text.of(Bundle.INSTRUMENT, "instrument.answer.unknownItem", shown,
                        instrument, instrument.items().size()));
                return;
            }
            if (value == null) {
                return;
            }
            BigInteger whole = wholeNumber(value);
            if (whole == null) {
                errors.require(false, field, Text.of(Bundle.INSTRUMENT, "instrument.answer.notWholeNumber",
                        item.number(), instrument, item.min(), item.max(), clip(String.valueOf(value))));
            } else if (whole.compareTo(BigInteger.valueOf(item.min())) < 0
                    || whole.compareTo(BigInteger.valueOf(item.max())) > 0) {
                errors.require(false, field, Text.of(Bundle.INSTRUMENT, "instrument.answer.outOfRange",
                        item.number(), instrument, item.min(), item.max(), clip(whole.toString())));
            } else {
                codes.put(item.number(), whole.intValueExact());
            }
        });
        errors.throwIfAny();
        return scoreCodes(instrument, codes);
    }

    /**
     * Scores answers already known to be valid codes: item number → code (absent: not answered).
     *
     * @throws IllegalArgumentException for an item or code the instrument does not have
     */
    public InstrumentScores scoreCodes(Instrument instrument, Map<Integer, Integer> codes) {
        codes.forEach((number, code) -> {
            InstrumentItem item = instrument.item(number)
                    .orElseThrow(() -> new IllegalArgumentException(instrument + " has no item " + number));
            if (code == null || code < item.min() || code > item.max()) {
                throw new IllegalArgumentException(instrument + " item " + number + ": " + code);
            }
        });
        Map<String, ScaleScore> scores = new LinkedHashMap<>();
        for (Scale scale : instrument.scales()) {
            scores.put(scale.code(), scale(instrument, scale, codes));
        }
        instrument.summary().ifPresent(summary -> scores.put(summary.code(), summary(instrument, summary, scores)));
        return new InstrumentScores(instrument, scores);
    }

    /** The scale's score, or null when fewer than half of its items are answered. */
    private static ScaleScore scale(Instrument instrument, Scale scale, Map<Integer, Integer> codes) {
        List<Integer> answered = scale.items().stream().map(codes::get).filter(c -> c != null).toList();
        if (answered.isEmpty() || answered.size() * 2 < scale.items().size()) {
            return null;
        }
        InstrumentItem first = instrument.item(scale.items().get(0)).orElseThrow();
        long n = answered.size();
        long sum = answered.stream().mapToLong(Integer::longValue).sum();
        // (RS - min) / range with RS = sum / n, times 100: 100 (sum - n min) / (n range)
        ScaleScore severity = ScaleScore.of(100 * (sum - n * first.min()), n * first.range());
        return scale.kind() == ScaleKind.FUNCTIONAL ? severity.reversed() : severity;
    }

    /** The summary score: the mean of its components, symptom scores reversed; null when one is missing. */
    private static ScaleScore summary(Instrument instrument, SummaryScore summary, Map<String, ScaleScore> scores) {
        List<ScaleScore> parts = new ArrayList<>();
        for (String code : summary.components()) {
            ScaleScore s = scores.get(code);
            if (s == null) {
                return null;
            }
            Scale scale = instrument.scales().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
            parts.add(scale.kind() == ScaleKind.FUNCTIONAL ? s : s.reversed());
        }
        return ScaleScore.mean(parts);
    }

    private static BigInteger wholeNumber(Object value) {
        if (value instanceof BigInteger b) {
            return b;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        return null;
    }

    private static String clip(String s) {
        return s.length() <= ECHO ? s : s.substring(0, ECHO) + "…";
    }
}
