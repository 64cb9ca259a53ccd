package org.vigia.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Texts;

/**
 * EORTC QLQ-C30 v3.0 and QLQ-H&amp;N35 scoring (EORTC QLQ-C30 Scoring Manual, 3rd edition 2001; summary score:
 * Giesinger et al., J Clin Epidemiol 2016). Every expected score is worked out by hand in the comment beside it from
 * the manual's formulas: RS = mean of the answered items; functional S = (1 − (RS − 1)/range) × 100; symptom,
 * single item and global health S = (RS − 1)/range × 100; range 3 for items coded 1-4, 6 for 1-7, 1 for yes/no;
 * shown with 2 decimals, half up.
 */
class EortcScoringTest {

    private final EortcScoring scoring = new EortcScoring();

    /** Answers from pairs: item, code, item, code... */
    private static Map<String, Object> answers(int... pairs) {
        Map<String, Object> a = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            a.put(Integer.toString(pairs[i]), pairs[i + 1]);
        }
        return a;
    }

    /** Every item of {@code instrument} answered {@code code}, then the pairs on top. */
    private static Map<String, Object> all(Instrument instrument, int code, int... pairs) {
        Map<String, Object> a = new LinkedHashMap<>();
        instrument.items().forEach(i -> a.put(Integer.toString(i.number()), Math.min(code, i.max())));
        a.putAll(answers(pairs));
        return a;
    }

    private static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static void assertScores(InstrumentScores scores, String... codeAndValue) {
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        for (int i = 0; i < codeAndValue.length; i += 2) {
            expected.put(codeAndValue[i], d(codeAndValue[i + 1]));
        }
        assertEquals(expected, scores.rounded());
    }

    // ------------------------------------------------------------------------------------------------ QLQ-C30

    /** The example of the README and the OpenAPI description. */
    static final Map<String, Object> C30_EXAMPLE = answers(1, 1, 2, 1, 3, 1, 4, 1, 5, 1, 6, 1, 7, 2, 8, 1, 9, 2, 10, 2,
            11, 1, 12, 2, 13, 1, 14, 1, 15, 1, 16, 1, 17, 1, 18, 2, 19, 1, 20, 1, 21, 2, 22, 2, 23, 1, 24, 1, 25, 1, 26, 1,
            27, 1, 28, 1, 29, 5, 30, 5);

    @Test
    void c30DocumentedExampleGivesEveryScore() {
        assertScores(scoring.score(Instrument.EORTC_QLQ_C30, C30_EXAMPLE),
                "QL2", "66.67",   // 29, 30 = 5, 5: RS 5, (5-1)/6 = 0.6667
                "PF2", "100.00",  // 1-5 all 1: RS 1
                "RF2", "83.33",   // 6 = 1, 7 = 2: RS 1.5, 1 - 0.5/3 = 0.8333
                "EF", "83.33",    // 21-24 = 2, 2, 1, 1: RS 1.5
                "CF", "100.00",   // 20, 25 = 1
                "SF", "100.00",   // 26, 27 = 1
                "FA", "33.33",    // 10, 12, 18 = 2: RS 2, 1/3
                "NV", "0.00",     // 14, 15 = 1
                "PA", "16.67",    // 9 = 2, 19 = 1: RS 1.5, 0.5/3
                "DY", "0.00", "SL", "0.00", "AP", "0.00", "CO", "0.00", "DI", "0.00", "FI", "0.00",
                // (100 + 83.333 + 83.333 + 100 + 100 + (100-33.333) + 100 + (100-16.667) + 5 × 100) / 13
                // = (466.667 + 750) / 13 = 3650/39 = 93.5897
                "SUMSC", "93.59");
    }

    @Test
    void c30MixedAnswersGiveEveryScaleItsOwnValue() {
        Map<String, Object> a = answers(1, 1, 2, 2, 3, 2, 4, 3, 5, 4, 6, 3, 7, 4, 8, 2, 9, 4, 10, 3, 11, 3, 12, 4, 13, 4,
                14, 2, 15, 1, 16, 1, 17, 2, 18, 2, 19, 3, 20, 2, 21, 1, 22, 2, 23, 3, 24, 4, 25, 2, 26, 1, 27, 2, 28, 3,
                29, 3, 30, 4);
        assertScores(scoring.score(Instrument.EORTC_QLQ_C30, a),
                "QL2", "41.67",   // 3, 4: RS 3.5, 2.5/6 = 0.41667
                "PF2", "53.33",   // 1, 2, 2, 3, 4: RS 12/5 = 2.4, 1 - 1.4/3 = 0.5333 (160/3)
                "RF2", "16.67",   // 3, 4: RS 3.5, 1 - 2.5/3 = 0.1667 (50/3)
                "EF", "50.00",    // 1, 2, 3, 4: RS 2.5, 1 - 1.5/3 = 0.5
                "CF", "66.67",    // 20 = 2, 25 = 2: RS 2, 1 - 1/3 (200/3)
                "SF", "83.33",    // 1, 2: RS 1.5 (250/3)
                "FA", "66.67",    // 10 = 3, 12 = 4, 18 = 2: RS 3, 2/3 (200/3)
                "NV", "16.67",    // 14 = 2, 15 = 1: RS 1.5, 0.5/3 (50/3)
                "PA", "83.33",    // 9 = 4, 19 = 3: RS 3.5, 2.5/3 (250/3)
                "DY", "33.33",    // 8 = 2: 1/3
                "SL", "66.67",    // 11 = 3: 2/3
                "AP", "100.00",   // 13 = 4: 3/3
                "CO", "0.00",     // 16 = 1
                "DI", "33.33",    // 17 = 2
                "FI", "66.67",    // 28 = 3
                // in thirds: PF2 160, RF2 50, EF 150, CF 200, SF 250, 100-FA 100, 100-NV 250, 100-PA 50, 100-DY 200,
                // 100-SL 100, 100-AP 0, 100-CO 300, 100-DI 200: 2010/3 = 670; 670 / 13 = 51.538
                "SUMSC", "51.54");
    }

    @Test
    void c30BestAndWorstAnswersGiveTheEndsOfEveryScale() {
        InstrumentScores best = scoring.score(Instrument.EORTC_QLQ_C30, all(Instrument.EORTC_QLQ_C30, 1, 29, 7, 30, 7));
        assertScores(best, "QL2", "100.00", "PF2", "100.00", "RF2", "100.00", "EF", "100.00", "CF", "100.00",
                "SF", "100.00", "FA", "0.00", "NV", "0.00", "PA", "0.00", "DY", "0.00", "SL", "0.00", "AP", "0.00",
                "CO", "0.00", "DI", "0.00", "FI", "0.00", "SUMSC", "100.00");
        InstrumentScores worst = scoring.score(Instrument.EORTC_QLQ_C30, all(Instrument.EORTC_QLQ_C30, 4, 29, 1, 30, 1));
        assertScores(worst, "QL2", "0.00", "PF2", "0.00", "RF2", "0.00", "EF", "0.00", "CF", "0.00", "SF", "0.00",
                "FA", "100.00", "NV", "100.00", "PA", "100.00", "DY", "100.00", "SL", "100.00", "AP", "100.00",
                "CO", "100.00", "DI", "100.00", "FI", "100.00", "SUMSC", "0.00");
    }

    @Test
    void summaryScoreIsTheMeanOfTheExactScoresRoundedOnce() {
        // all 1 but item 1 = 2 and item 6 = 2: PF2 RS 6/5, 100 - 0.2/3 × 100 = 280/3 = 93.333;
        // RF2 RS 1.5 = 250/3 = 83.333; the other 11 components 100.
        // exact: (280/3 + 250/3 + 1100) / 13 = 3830/39 = 98.2051 -> 98.21
        // (the mean of the rounded components, (93.33 + 83.33 + 1100) / 13 = 98.2046, would give 98.20)
        InstrumentScores s = scoring.score(Instrument.EORTC_QLQ_C30, all(Instrument.EORTC_QLQ_C30, 1, 1, 2, 6, 2));
        assertEquals(d("93.33"), s.score("PF2").orElseThrow().rounded());
        assertEquals(d("83.33"), s.score("RF2").orElseThrow().rounded());
        assertEquals(d("98.21"), s.score("SUMSC").orElseThrow().rounded());
        assertEquals(new ScaleScore(BigInteger.valueOf(3830), BigInteger.valueOf(39)), s.score("SUMSC").orElseThrow());
    }

    static Stream<Arguments> summaryComponents() {
        return Stream.of(Arguments.of("PF2", List.of(1, 2, 3)), Arguments.of("RF2", List.of(6, 7)),
                Arguments.of("EF", List.of(21, 22, 23)), Arguments.of("CF", List.of(20, 25)),
                Arguments.of("SF", List.of(26, 27)), Arguments.of("FA", List.of(10, 12)),
                Arguments.of("NV", List.of(14, 15)), Arguments.of("PA", List.of(9, 19)), Arguments.of("DY", List.of(8)),
                Arguments.of("SL", List.of(11)), Arguments.of("AP", List.of(13)), Arguments.of("CO", List.of(16)),
                Arguments.of("DI", List.of(17)));
    }

    /** Too few items of one component (fewer than half: that component is missing) and SUMSC is missing too. */
    @ParameterizedTest(name = "{0} missing")
    @MethodSource("summaryComponents")
    void summaryScoreIsMissingWhenOneComponentIsMissing(String component, List<Integer> removed) {
        Map<String, Object> a = new LinkedHashMap<>(C30_EXAMPLE);
        removed.forEach(i -> a.put(Integer.toString(i), null));
        InstrumentScores s = scoring.score(Instrument.EORTC_QLQ_C30, a);
        assertNull(s.scores().get(component), component);
        assertTrue(s.scores().containsKey("SUMSC"));
        assertNull(s.scores().get("SUMSC"));
        assertEquals(16 - 2, s.scores().values().stream().filter(v -> v != null).count(), "the other 14 scores stay");
    }

    @Test
    void summaryScoreLeavesOutGlobalHealthAndFinancialDifficulties() {
        Map<String, Object> a = new LinkedHashMap<>(C30_EXAMPLE);
        a.remove("28");
        a.remove("29");
        a.put("30", null);
        InstrumentScores s = scoring.score(Instrument.EORTC_QLQ_C30, a);
        assertNull(s.scores().get("QL2"));
        assertNull(s.scores().get("FI"));
        assertEquals(d("93.59"), s.score("SUMSC").orElseThrow().rounded());   // as with every item answered
    }

    // ------------------------------------------------------------------------------------------------ QLQ-H&N35

    @Test
    void hn35MixedAnswersGiveEveryScaleItsOwnValue() {
        // module numbers (booklet = number + 30)
        Map<String, Object> a = answers(1, 1, 2, 2, 3, 3, 4, 4, 5, 2, 6, 2, 7, 3, 8, 1, 9, 2, 10, 3, 11, 4, 12, 1, 13, 4,
                14, 3, 15, 2, 16, 2, 17, 3, 18, 2, 19, 3, 20, 3, 21, 4, 22, 4, 23, 1, 24, 1, 25, 1, 26, 1, 27, 2, 28, 1,
                29, 4, 30, 4, 31, 2, 32, 1, 33, 2, 34, 2, 35, 1);
        assertScores(scoring.score(Instrument.EORTC_QLQ_HN35, a),
                "HNPA", "50.00",  // 1-4 = 1, 2, 3, 4: RS 2.5, 1.5/3
                "HNSW", "33.33",  // 5-8 = 2, 2, 3, 1: RS 2, 1/3
                "HNSE", "83.33",  // 13 = 4, 14 = 3: RS 3.5, 2.5/3
                "HNSP", "11.11",  // 16 = 2, 23 = 1, 24 = 1: RS 4/3, (1/3)/3 = 1/9
                "HNSO", "83.33",  // 19-22 = 3, 3, 4, 4: RS 3.5
                "HNSC", "13.33",  // 18 = 2, 25-28 = 1, 1, 2, 1: RS 7/5 = 1.4, 0.4/3 = 0.1333
                "HNSX", "100.00", // 29, 30 = 4
                "HNTE", "33.33",  // 9 = 2
                "HNOM", "66.67",  // 10 = 3
                "HNDR", "100.00", // 11 = 4
                "HNSS", "0.00",   // 12 = 1
                "HNCO", "33.33",  // 15 = 2
                "HNFI", "66.67",  // 17 = 3
                "HNPK", "100.00", // 31 = 2 (yes): (2-1)/1
                "HNNU", "0.00",   // 32 = 1 (no)
                "HNFE", "100.00", // 33 = 2
                "HNWL", "100.00", // 34 = 2
                "HNWG", "0.00");  // 35 = 1
    }

    @Test
    void hn35SocialContactIncludesAppearanceAndPainkillersAreTheirOwnYesNoItem() {
        // booklet Q48 (module 18, bothered by appearance) is in HNSC; painkillers are Q61 (module 31)
        InstrumentScores s = scoring.score(Instrument.EORTC_QLQ_HN35, answers(18, 4, 25, 1, 26, 1));
        // HNSC: 3 of 5 answered, RS (4 + 1 + 1)/3 = 2, 1/3
        assertEquals(d("33.33"), s.score("HNSC").orElseThrow().rounded());
        assertNull(s.scores().get("HNPK"));
        assertEquals(d("100.00"), scoring.score(Instrument.EORTC_QLQ_HN35, answers(31, 2)).score("HNPK").orElseThrow()
                .rounded());
        // sexuality is module 29-30 (Q59-60)
        assertEquals(d("66.67"), scoring.score(Instrument.EORTC_QLQ_HN35, answers(29, 3, 30, 3)).score("HNSX")
                .orElseThrow().rounded());
    }

    // ------------------------------------------------------------------------------------------------ half of the items

    static Stream<Arguments> halfOfTheItems() {
        return Stream.of(
                // 5 items: 3 is at least half; 2 is not
                Arguments.of(Instrument.EORTC_QLQ_C30, "PF2", answers(1, 2, 2, 3, 3, 4), "33.33"),  // RS 3, 1 - 2/3
                Arguments.of(Instrument.EORTC_QLQ_C30, "PF2", answers(1, 2, 2, 3), null),
                // 4 items: exactly half (2) is scored; 1 is not
                Arguments.of(Instrument.EORTC_QLQ_C30, "EF", answers(21, 3, 22, 4), "16.67"),       // RS 3.5
                Arguments.of(Instrument.EORTC_QLQ_C30, "EF", answers(24, 1), null),
                // 3 items: 2 scored, 1 not
                Arguments.of(Instrument.EORTC_QLQ_C30, "FA", answers(10, 4, 18, 3), "83.33"),       // RS 3.5, 2.5/3
                Arguments.of(Instrument.EORTC_QLQ_C30, "FA", answers(12, 4), null),
                // 2 items: exactly half (1) is scored; none is not
                Arguments.of(Instrument.EORTC_QLQ_C30, "QL2", answers(30, 2), "16.67"),             // (2-1)/6
                Arguments.of(Instrument.EORTC_QLQ_C30, "QL2", answers(1, 1), null),
                Arguments.of(Instrument.EORTC_QLQ_C30, "RF2", answers(7, 3), "33.33"),              // 1 - 2/3
                // a single item needs its answer
                Arguments.of(Instrument.EORTC_QLQ_C30, "DY", answers(8, 3), "66.67"),
                Arguments.of(Instrument.EORTC_QLQ_C30, "DY", answers(11, 3), null),
                Arguments.of(Instrument.EORTC_QLQ_HN35, "HNSC", answers(18, 2, 25, 2, 28, 3), "44.44"), // RS 7/3, (4/3)/3
                Arguments.of(Instrument.EORTC_QLQ_HN35, "HNSC", answers(18, 2, 25, 2), null),
                Arguments.of(Instrument.EORTC_QLQ_HN35, "HNPA", answers(2, 2, 3, 3), "50.00"),      // RS 2.5
                Arguments.of(Instrument.EORTC_QLQ_HN35, "HNSP", answers(16, 4, 24, 4), "100.00"),
                Arguments.of(Instrument.EORTC_QLQ_HN35, "HNSP", answers(23, 4), null),
                Arguments.of(Instrument.EORTC_QLQ_HN35, "HNWG", answers(34, 2), null));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("halfOfTheItems")
    void aScaleIsScoredWhenAtLeastHalfOfItsItemsAreAnswered(Instrument instrument, String scale,
                                                            Map<String, Object> a, String expected) {
        InstrumentScores s = scoring.score(instrument, a);
        assertTrue(s.scores().containsKey(scale), "every scale is listed, scored or not");
        assertEquals(d(expected), s.rounded().get(scale));
    }

    @Test
    void anAnswerGivenAsNullIsNotAnswered() {
        Map<String, Object> a = answers(21, 3);
        a.put("22", null);
        a.put("23", null);
        assertNull(scoring.score(Instrument.EORTC_QLQ_C30, a).scores().get("EF"));   // 1 of 4
    }

    @Test
    void noAnswersGiveEveryScoreMissing() {
        InstrumentScores s = scoring.score(Instrument.EORTC_QLQ_HN35, Map.of());
        assertEquals(Instrument.EORTC_QLQ_HN35.scoreCodes(), List.copyOf(s.scores().keySet()));
        assertTrue(s.scores().values().stream().allMatch(v -> v == null));
    }

    // ------------------------------------------------------------------------------------------------ refusals

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(Instrument.EORTC_QLQ_C30, "29", 8,
                        "'answers.29': item 29 of EORTC QLQ-C30 version 3.0 takes a whole number from 1 to 7 (got 8)."),
                Arguments.of(Instrument.EORTC_QLQ_C30, "1", 0,
                        "'answers.1': item 1 of EORTC QLQ-C30 version 3.0 takes a whole number from 1 to 4 (got 0)."),
                Arguments.of(Instrument.EORTC_QLQ_C30, "28", 5,
                        "'answers.28': item 28 of EORTC QLQ-C30 version 3.0 takes a whole number from 1 to 4 (got 5)."),
                Arguments.of(Instrument.EORTC_QLQ_HN35, "30", -1,
                        "'answers.30': item 30 of EORTC QLQ-H&N35 takes a whole number from 1 to 4 (got -1)."),
                Arguments.of(Instrument.EORTC_QLQ_HN35, "31", 3,
                        "'answers.31': item 31 of EORTC QLQ-H&N35 takes a whole number from 1 to 2 (got 3)."),
                Arguments.of(Instrument.EORTC_QLQ_HN35, "1", new BigInteger("99999999999999999999"),
                        "'answers.1': item 1 of EORTC QLQ-H&N35 takes a whole number from 1 to 4 (got 99999999999999999999)."),
                Arguments.of(Instrument.EORTC_QLQ_C30, "31", 1,
                        "'answers.31' is not an item of EORTC QLQ-C30 version 3.0: its items are numbered 1 to 30."),
                Arguments.of(Instrument.EORTC_QLQ_HN35, "36", 1,
                        "'answers.36' is not an item of EORTC QLQ-H&N35: its items are numbered 1 to 35."),
                Arguments.of(Instrument.EORTC_QLQ_HN35, "0", 1,
                        "'answers.0' is not an item of EORTC QLQ-H&N35: its items are numbered 1 to 35."),
                Arguments.of(Instrument.EORTC_QLQ_C30, "01", 1,
                        "'answers.01' is not an item of EORTC QLQ-C30 version 3.0: its items are numbered 1 to 30."),
                Arguments.of(Instrument.EORTC_QLQ_C30, "Q1", null,
                        "'answers.Q1' is not an item of EORTC QLQ-C30 version 3.0: its items are numbered 1 to 30."),
                Arguments.of(Instrument.EORTC_QLQ_C30, "2", "2.5",
                        "'answers.2': item 2 of EORTC QLQ-C30 version 3.0 takes a whole number from 1 to 4 "
                                + "(a JSON number without decimals; got 2.5)."),
                Arguments.of(Instrument.EORTC_QLQ_C30, "2", 2.0,
                        "'answers.2': item 2 of EORTC QLQ-C30 version 3.0 takes a whole number from 1 to 4 "
                                + "(a JSON number without decimals; got 2.0)."),
                Arguments.of(Instrument.EORTC_QLQ_C30, "3", new BigDecimal("3"),
                        "'answers.3': item 3 of EORTC QLQ-C30 version 3.0 takes a whole number from 1 to 4 "
                                + "(a JSON number without decimals; got 3)."),
                Arguments.of(Instrument.EORTC_QLQ_HN35, "12", Boolean.TRUE,
                        "'answers.12': item 12 of EORTC QLQ-H&N35 takes a whole number from 1 to 4 "
                                + "(a JSON number without decimals; got true)."));
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @MethodSource("refusals")
    void aBadAnswerIsRefusedNamingItsItem(Instrument instrument, String item, Object value, String message) {
        Map<String, Object> a = answers(1, 1);
        a.put(item, value);
        InvalidInput e = assertThrows(InvalidInput.class, () -> scoring.score(instrument, a));
        assertEquals(Map.of("answers." + item, message), e.fieldErrors());
        assertEquals(message, e.getMessage());
    }

    @Test
    void everyBadAnswerIsNamedAtOnceAndNothingIsScored() {
        Map<String, Object> a = answers(1, 1, 2, 9, 40, 1);
        a.put("3", "x");
        InvalidInput e = assertThrows(InvalidInput.class, () -> scoring.score(Instrument.EORTC_QLQ_C30, a));
        assertEquals(List.of("answers.2", "answers.40", "answers.3"), List.copyOf(e.fieldErrors().keySet()));
    }

    @Test
    void aLongUnknownKeyIsClippedInTheFieldName() {
        String key = "9".repeat(200);
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> scoring.score(Instrument.EORTC_QLQ_C30, Map.of(key, 1)));
        assertEquals(List.of("answers." + "9".repeat(40) + "…"), List.copyOf(e.fieldErrors().keySet()));
    }

    @Test
    void theRefusalReadsInChineseToo() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> scoring.score(Instrument.EORTC_QLQ_C30, answers(29, 8)));
        assertEquals("“answers.29”：EORTC QLQ-C30 第3.0版 的条目 29 须为 1 至 7 的整数（收到 8）。",
                Texts.render(e.text(), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void scoringValidCodesRefusesWhatTheInstrumentDoesNotHave() {
        assertThrows(IllegalArgumentException.class,
                () -> scoring.scoreCodes(Instrument.EORTC_QLQ_HN35, Map.of(36, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> scoring.scoreCodes(Instrument.EORTC_QLQ_HN35, Map.of(31, 3)));
        assertEquals(d("100.00"), scoring.scoreCodes(Instrument.EORTC_QLQ_HN35, Map.of(33, 2)).rounded().get("HNFE"));
    }

    // ------------------------------------------------------------------------------------------------ rounding

    @Test
    void scoresAreRoundedHalfUpToTwoDecimalsOnce() {
        assertEquals(d("83.34"), ScaleScore.of(16667, 200).rounded());      // 83.335 exactly
        assertEquals(d("83.33"), ScaleScore.of(83334, 1000).rounded());     // 83.334
        assertEquals(d("66.67"), ScaleScore.of(200, 3).rounded());          // 66.666…
        assertEquals(d("100.00"), ScaleScore.of(300, 3).rounded());
        assertEquals(2, ScaleScore.of(0, 9).rounded().scale());
        assertEquals(ScaleScore.of(2, 3), ScaleScore.of(200, 300));         // kept in lowest terms
    }

    // ------------------------------------------------------------------------------------------------ structure, labels

    @Test
    void theScalesAreTheManualsInItsOrder() {
        assertEquals(List.of("QL2", "PF2", "RF2", "EF", "CF", "SF", "FA", "NV", "PA", "DY", "SL", "AP", "CO", "DI",
                "FI", "SUMSC"), Instrument.EORTC_QLQ_C30.scoreCodes());
        assertEquals(List.of("HNPA", "HNSW", "HNSE", "HNSP", "HNSO", "HNSC", "HNSX", "HNTE", "HNOM", "HNDR", "HNSS",
                "HNCO", "HNFI", "HNPK", "HNNU", "HNFE", "HNWL", "HNWG"), Instrument.EORTC_QLQ_HN35.scoreCodes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"EORTC_QLQ_C30", "EORTC_QLQ_HN35"})
    void everyItemBelongsToExactlyOneScale(String name) {
        Instrument instrument = Instrument.valueOf(name);
        List<Integer> used = new ArrayList<>();
        instrument.scales().forEach(s -> used.addAll(s.items()));
        used.sort(null);
        assertEquals(IntStream.rangeClosed(1, instrument.items().size()).boxed().toList(), used);
    }

    @Test
    void theItemsAnswerCodesAreTheManuals() {
        assertEquals(30, Instrument.EORTC_QLQ_C30.items().size());
        assertEquals(35, Instrument.EORTC_QLQ_HN35.items().size());
        for (InstrumentItem i : Instrument.EORTC_QLQ_C30.items()) {
            assertEquals(i.number() <= 28 ? 4 : 7, i.max(), "C30 item " + i.number());
            assertEquals(1, i.min());
        }
        for (InstrumentItem i : Instrument.EORTC_QLQ_HN35.items()) {
            assertEquals(i.number() <= 30 ? 4 : 2, i.max(), "H&N35 item " + i.number());
            assertEquals(1, i.min());
        }
    }

    @Test
    void everyNameScaleAndItemHasALabelInEnglishAndChinese() throws IOException {
        Properties en = load("instrument.properties");
        Properties zh = load("instrument_zh_CN.properties");
        List<String> keys = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            keys.add(Texts.enumKey(instrument));
            instrument.scales().forEach(s -> keys.add(s.labelKey()));
            instrument.summary().ifPresent(s -> keys.add(s.labelKey()));
            instrument.items().forEach(i -> keys.add(i.labelKey(instrument)));
        }
        Arrays.stream(ScaleKind.values()).forEach(k -> keys.add(Texts.enumKey(k)));
        List<String> missing = keys.stream().filter(k -> !en.containsKey(k) || !zh.containsKey(k)).toList();
        assertEquals(List.of(), missing);
        List<String> untranslated = keys.stream().filter(k -> k.startsWith("scale.") || k.startsWith("item."))
                .filter(k -> !zh.getProperty(k).codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff)).toList();
        assertEquals(List.of(), untranslated);
        assertEquals("Physical functioning", Texts.text(Bundle.INSTRUMENT, Locale.ENGLISH, "scale.PF2"));
    }

    @Test
    void theRootPackageIsPureJava() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/vigia/instrument"))) {
            List<String> offending = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String source = Files.readString(p);
                    return source.contains("import jakarta.") || source.contains("import org.primefaces.")
                            || source.contains("import com.fasterxml.");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(p -> p.getFileName().toString()).collect(Collectors.toList());
            assertEquals(List.of(), offending);
        }
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/org/vigia/i18n", file),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
