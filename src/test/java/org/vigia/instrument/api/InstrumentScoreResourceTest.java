package org.vigia.instrument.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigia.platform.api.JacksonJson;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.RecordNotFound;

/**
 * The scoring call as the API reads and writes it (without the HTTP container): strict JSON answers, the item named
 * in each refusal, 404 for an unknown instrument, and the answer's JSON with every score, nulls and 2 decimals.
 */
class InstrumentScoreResourceTest {

    private static String json(InstrumentScoreResource.ScoresJson answer) throws Exception {
        return JacksonJson.MAPPER.writeValueAsString(answer);
    }

    @Test
    void theDocumentedExampleAnswersAsDocumented() throws Exception {
        // the README's and OpenAPI's example; values worked out in EortcScoringTest.c30DocumentedExampleGivesEveryScore
        String body = """
                {"answers": {"1": 1, "2": 1, "3": 1, "4": 1, "5": 1, "6": 1, "7": 2, "8": 1, "9": 2, "10": 2,
                             "11": 1, "12": 2, "13": 1, "14": 1, "15": 1, "16": 1, "17": 1, "18": 2, "19": 1, "20": 1,
                             "21": 2, "22": 2, "23": 1, "24": 1, "25": 1, "26": 1, "27": 1, "28": 1, "29": 5, "30": 5}}""";
        assertEquals("{\"instrument\":\"EORTC_QLQ_C30\",\"scales\":{\"QL2\":66.67,\"PF2\":100.00,\"RF2\":83.33,"
                + "\"EF\":83.33,\"CF\":100.00,\"SF\":100.00,\"FA\":33.33,\"NV\":0.00,\"PA\":16.67,\"DY\":0.00,\"SL\":0.00,"
                + "\"AP\":0.00,\"CO\":0.00,\"DI\":0.00,\"FI\":0.00,\"SUMSC\":93.59}}",
                json(InstrumentScoreResource.scores("EORTC_QLQ_C30", body)));
        assertEquals(InstrumentScoreResource.EXAMPLE.replaceAll("\\s", ""), body.replaceAll("\\s", ""));
    }

    @Test
    void everyScoreIsPresentAndNullWhereItCannotBeScored() throws Exception {
        // QL2: item 29 alone is half of 29-30, (5 - 1)/6 = 66.67; PF2: 2 of 5 items, not scored; 30 null = not answered
        String answer = json(InstrumentScoreResource.scores("EORTC_QLQ_C30",
                "{\"answers\": {\"1\": 2, \"2\": 1, \"29\": 5, \"30\": null}}"));
        assertEquals("{\"instrument\":\"EORTC_QLQ_C30\",\"scales\":{\"QL2\":66.67,\"PF2\":null,\"RF2\":null,\"EF\":null,"
                + "\"CF\":null,\"SF\":null,\"FA\":null,\"NV\":null,\"PA\":null,\"DY\":null,\"SL\":null,\"AP\":null,"
                + "\"CO\":null,\"DI\":null,\"FI\":null,\"SUMSC\":null}}", answer);
    }

    @Test
    void hn35UsesTheModulesOwnItemNumbers() throws Exception {
        // module 31 (booklet Q61, painkillers) yes = 2: (2 - 1)/1 = 100; module 1-4 (Q31-34) = 2: RS 2, 1/3
        String answer = json(InstrumentScoreResource.scores("EORTC_QLQ_HN35",
                "{\"answers\": {\"1\": 2, \"2\": 2, \"3\": 2, \"4\": 2, \"31\": 2}}"));
        assertTrue(answer.startsWith("{\"instrument\":\"EORTC_QLQ_HN35\",\"scales\":{\"HNPA\":33.33,\"HNSW\":null,"), answer);
        assertTrue(answer.contains("\"HNPK\":100.00,\"HNNU\":null"), answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EORTC_QLQ_C15", "eortc_qlq_c30", "QLQ-C30", ""})
    void anUnknownInstrumentIsNotFound(String name) {
        RecordNotFound e = assertThrows(RecordNotFound.class,
                () -> InstrumentScoreResource.scores(name, "{\"answers\": {}}"));
        assertEquals("There is no questionnaire " + name + ": the questionnaires are EORTC_QLQ_C30, EORTC_QLQ_HN35.",
                e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2.5     | 2.5",
            "2.0     | 2.0",
            "1e0     | 1e0",
            "\"x\"   | \"x\"",
            "\"3\"   | \"3\"",
            "true    | true",
            "[2]     | [2]",
            "{}      | {}"})
    void anAnswerThatIsNotAWholeJsonNumberIsRefusedNamingItsItem(String value, String echoed) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> InstrumentScoreResource.scores("EORTC_QLQ_C30",
                "{\"answers\": {\"1\": 1, \"2\": " + value + "}}"));
        assertEquals(List.of("answers.2"), List.copyOf(e.fieldErrors().keySet()));
        assertTrue(e.getMessage().startsWith("'answers.2': item 2 of EORTC QLQ-C30 version 3.0 takes a whole number "
                + "from 1 to 4 (a JSON number without decimals; got "), e.getMessage());
        assertTrue(e.getMessage().endsWith("got " + echoed + ")."), e.getMessage());
    }

    @Test
    void anOutOfRangeAnswerAndAnUnknownItemAreRefusedTogether() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> InstrumentScoreResource.scores("EORTC_QLQ_HN35",
                "{\"answers\": {\"31\": 3, \"36\": 1, \"5\": 4}}"));
        assertEquals(Map.of(
                "answers.31", "'answers.31': item 31 of EORTC QLQ-H&N35 takes a whole number from 1 to 2 (got 3).",
                "answers.36", "'answers.36' is not an item of EORTC QLQ-H&N35: its items are numbered 1 to 35."),
                e.fieldErrors());
    }

    @Test
    void theAnswersAreRequiredAndReadStrictly() {
        InvalidInput missing = assertThrows(InvalidInput.class,
                () -> InstrumentScoreResource.scores("EORTC_QLQ_C30", "{}"));
        assertEquals(List.of("answers"), List.copyOf(missing.fieldErrors().keySet()));
        InvalidInput array = assertThrows(InvalidInput.class,
                () -> InstrumentScoreResource.scores("EORTC_QLQ_C30", "{\"answers\": [1, 2]}"));
        assertEquals(List.of("answers"), List.copyOf(array.fieldErrors().keySet()));
        InvalidInput unknown = assertThrows(InvalidInput.class,
                () -> InstrumentScoreResource.scores("EORTC_QLQ_C30", "{\"answers\": {}, \"language\": \"en\"}"));
        assertTrue(unknown.getMessage().contains("answers"), unknown.getMessage());
        InvalidInput duplicate = assertThrows(InvalidInput.class,
                () -> InstrumentScoreResource.scores("EORTC_QLQ_C30", "{\"answers\": {\"1\": 1, \"1\": 2}}"));
        assertTrue(duplicate.getMessage().contains("Duplicate field '1'"), duplicate.getMessage());
        assertThrows(InvalidInput.class, () -> InstrumentScoreResource.scores("EORTC_QLQ_C30", ""));
    }

    @Test
    void moreAnswersThanAQuestionnaireCanHaveAreRefused() {
        String body = IntStream.rangeClosed(1, 101).mapToObj(i -> "\"" + i + "\": 1")
                .collect(Collectors.joining(", ", "{\"answers\": {", "}}"));
        InvalidInput e = assertThrows(InvalidInput.class, () -> InstrumentScoreResource.scores("EORTC_QLQ_C30", body));
        assertEquals(Map.of("answers", "'answers' has 101 entries: a questionnaire has at most 100."), e.fieldErrors());
    }
}
