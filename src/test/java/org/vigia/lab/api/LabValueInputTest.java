package org.vigia.lab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigia.terminology.LabTest;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;

class LabValueInputTest {

    private static String refusal(Object raw) {
        FieldErrors errors = new FieldErrors();
        assertNull(LabValueInput.read(raw, LabTest.ANC, "10^9/L", errors));
        InvalidInput e = assertThrows(InvalidInput.class, errors::throwIfAny);
        return e.getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", " 1.2 ", "1,2"})
    void aNumberAsTextIsRead(String text) {
        FieldErrors errors = new FieldErrors();
        assertEquals(0, new BigDecimal("1.2").compareTo(LabValueInput.read(text, LabTest.ANC, "10^9/L", errors)));
        assertTrue(errors.isEmpty());
    }

    @Test
    void aJsonNumberIsReadExactly() {
        FieldErrors errors = new FieldErrors();
        assertEquals(new BigDecimal("2.123456"), LabValueInput.read(new BigDecimal("2.123456"), LabTest.ANC, "10^9/L",
                errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void textThatIsNotANumberIsNamed() {
        assertTrue(refusal("abc").contains("'abc' is not a number"));
        assertTrue(refusal(null).contains("Enter the value"));
        assertTrue(refusal("9".repeat(41)).contains("at most 40 characters"));
    }

    @Test
    void moreThanSixDecimalsIsRefusedNotRounded() {
        String m = refusal(new BigDecimal("2.1234567"));
        assertTrue(m.contains("more than 6 decimals") && m.contains("12 digits before the decimal point and 6 after"), m);
    }

    @Test
    void moreThanTwelveDigitsBeforeThePointNamesTheColumnAndThePlausibleRange() {
        String m = refusal(new BigDecimal("1e30"));
        assertTrue(m.contains("12 digits before the decimal point and 6 after"), m);
        assertTrue(m.contains("plausible range of Absolute neutrophil count (0-300 10^9/L)"), m);
    }

    @Test
    void theRefusalsAreTextsWhoseEnglishIsTheApisSentence() {
        assertEquals("'abc' is not a number.", refusal("abc"));
        assertEquals("Enter the value.", refusal(" "));
        assertEquals("'value' must be at most 40 characters long.", refusal("9".repeat(41)));
        assertEquals("'value' (2.1234567) has more than 6 decimals: a lab value has at most 12 digits before the decimal"
                + " point and 6 after, and is never rounded.", refusal(new BigDecimal("2.1234567")));
        assertEquals("'value' (1" + "0".repeat(30) + ") is outside the plausible range of Absolute neutrophil count (0-300 10^9/L) and has"
                + " more than 12 digits before the decimal point: a lab value has at most 12 digits before the decimal"
                + " point and 6 after.", refusal(new BigDecimal("1e30")));
        FieldErrors errors = new FieldErrors();
        LabValueInput.read(new BigDecimal("1e13"), LabTest.ANC, "no unit", errors);
        InvalidInput e = assertThrows(InvalidInput.class, errors::throwIfAny);
        assertEquals("'value' (10000000000000) has more than 12 digits before the decimal point: a lab value has at most"
                + " 12 digits before the decimal point and 6 after.", e.getMessage());
        assertEquals("'value'（10000000000000）小数点前超过 12 位：化验值小数点前最多 12 位、小数点后最多 6 位。",
                org.vigia.shared.text.Texts.render(e.text(), java.util.Locale.SIMPLIFIED_CHINESE));
    }
}
