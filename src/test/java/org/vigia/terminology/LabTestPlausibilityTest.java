package org.vigia.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LabTestPlausibilityTest {

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(textBlock = """
            ANC,    100000,  10^9/L,  false
            ANC,    100000,  /mm3,    true
            ANC,    300,     10^9/L,  true
            ANC,    300.001, 10^9/L,  false
            ANC,    0,       10^9/L,  true
            HGB,    0.5,     g/dL,    false
            HGB,    250,     g/L,     true
            HGB,    251,     g/L,     false
            NA,     89,      mmol/L,  false
            NA,     140,     mmol/L,  true
            CREAT,  56,      mg/dL,   true
            CREAT,  57,      mg/dL,   false
            K,      1E+30,   mmol/L,  false
            HBV_DNA, 100000000000, IU/mL, true
            """)
    void limitsApplyInTheCanonicalUnit(LabTest test, String value, String unit, boolean plausible) {
        assertEquals(plausible, test.isPlausible(new BigDecimal(value), unit));
    }

    @ParameterizedTest
    @EnumSource(LabTest.class)
    void everyTestHasLimitsThatFitTheStoredPrecisionAndTheDefaultNormalRange(LabTest test) {
        assertTrue(test.plausibleMin().signum() >= 0, test + " min");
        assertTrue(test.plausibleMax().compareTo(test.plausibleMin()) > 0, test + " max above min");
        assertTrue(test.plausibleMax().precision() - test.plausibleMax().scale() <= 12, test + " fits DECIMAL(18,6)");
    }

    @Test
    void rangeIsShownInTheCanonicalAndTheEnteredUnit() {
        assertEquals("0-300 10^9/L", LabTest.ANC.plausibleRange("10^9/L"));
        assertEquals("0-300 10^9/L = 0-300000 /mm3", LabTest.ANC.plausibleRange("/mm3"));
        assertFalse(LabTest.ANC.plausibleRange("cells/uL").isEmpty());
    }
}
