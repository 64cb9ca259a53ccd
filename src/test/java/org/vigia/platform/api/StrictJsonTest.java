package org.vigia.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.shared.InvalidInput;

class StrictJsonTest {

    enum Causality { RELATED, NOT_RELATED }

    record Attribution(String agentId, Causality causality) {
    }

    record Body(String verbatim, Boolean serious, Integer grade, Long version, BigDecimal value, LocalDate onset,
            Instant awareness, Causality causality, List<Attribution> attributions, Object any,
            Map<String, Object> data) {
    }

    private static Object read(String json) {
        return StrictJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Body.class);
    }

    private static InvalidInput refused(String json) {
        return assertThrows(InvalidInput.class, () -> read(json), json);
    }

    @Test
    void wellTypedBodyIsRead() {
        Body b = (Body) read("""
                {"verbatim": "rash", "serious": true, "grade": 2, "version": 3, "value": 1.50, "onset": "2026-03-01",
                 "awareness": "2026-03-01T08:00:00+08:00", "causality": "RELATED",
                 "attributions": [{"agentId": "docetaxel", "causality": "NOT_RELATED"}],
                 "any": 7, "data": {"x": 2, "y": [1.5, {"z": true}], "t": "text"}}""");
        assertEquals("rash", b.verbatim());
        assertEquals(true, b.serious());
        assertEquals(2, b.grade());
        assertEquals(new BigDecimal("1.50"), b.value());
        assertEquals(LocalDate.of(2026, 3, 1), b.onset());
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), b.awareness());
        assertEquals(Causality.NOT_RELATED, b.attributions().get(0).causality());
        assertEquals(new BigDecimal("7"), b.any(), "untyped numbers are BigDecimal, as in JSON-B");
        assertEquals(new BigDecimal("2"), b.data().get("x"));
        assertEquals(List.of(new BigDecimal("1.5"), Map.of("z", true)), b.data().get("y"));
        assertEquals("text", b.data().get("t"));
    }

    @Test
    void emptyBodyAndNullAreNull() {
        assertNull(read(""));
        assertNull(read("null"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"serious": "yes"}                         | serious     | true or false
            {"serious": "true"}                        | serious     | true or false
            {"serious": 1}                             | serious     | true or false
            {"grade": 2.5}                             | grade       | whole number
            {"grade": 2.0}                             | grade       | whole number
            {"grade": "3"}                             | grade       | whole number
            {"grade": ""}                              | grade       | whole number
            {"grade": 99999999999}                     | grade       | out of range
            {"version": 99999999999999999999}          | version     | out of range
            {"value": "1.5"}                           | value       | JSON number
            {"verbatim": 12}                           | verbatim    | text
            {"verbatim": false}                        | verbatim    | text
            {"verbatim": {}}                           | verbatim    | text
            {"onset": [2026, 1, 1]}                    | onset       | YYYY-MM-DD
            {"onset": 20000}                           | onset       | YYYY-MM-DD
            {"onset": "2026-13-01"}                    | onset       | YYYY-MM-DD
            {"awareness": 12345}                       | awareness   | ISO 8601
            {"awareness": "yesterday"}                 | awareness   | ISO 8601
            {"causality": "SURE"}                      | causality   | RELATED, NOT_RELATED
            {"causality": "related"}                   | causality   | RELATED, NOT_RELATED
            {"causality": 0}                           | causality   | RELATED, NOT_RELATED
            {"causality": ""}                          | causality   | RELATED, NOT_RELATED
            {"attributions": {"agentId": "x"}}         | attributions | JSON array
            {"attributions": [{"causality": "SURE"}]}  | attributions[0].causality | RELATED, NOT_RELATED
            {"attributions": [{"dose": 1}]}            | attributions[0].dose | agentId, causality
            {"foo": 1}                                 | foo         | not a property
            """)
    void wrongTypesAreRefusedNamingTheField(String json, String field, String says) {
        InvalidInput e = refused(json);
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertTrue(e.getMessage().contains("'" + field + "'"), e.getMessage());
    }

    @Test
    void unknownEnumValueListsTheAllowedValuesAndEchoesTheValue() {
        InvalidInput e = refused("{\"causality\": \"SURE\"}");
        assertEquals("'causality' must be one of RELATED, NOT_RELATED (got \"SURE\").", e.getMessage());
    }

    @Test
    void malformedJsonDuplicatesAndTrailingContentAreRefused() {
        assertTrue(refused("{\"grade\": 1").getMessage().startsWith("The request body is not valid JSON"));
        assertTrue(refused("{\"grade\": 1, \"grade\": 2}").getMessage().contains("Duplicate field 'grade'"));
        assertNull(refused("{\"grade\": 1} {").field());
        assertNull(refused("[1]").field());
    }

    @Test
    void textBodyReaderRefusesABlankBody() {
        assertThrows(InvalidInput.class, () -> StrictJson.read(" ", Body.class));
        assertEquals(2, StrictJson.read("{\"grade\": 2}", Body.class).grade());
    }
}
