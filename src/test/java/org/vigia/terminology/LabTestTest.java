package org.vigia.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabTestTest {

    @ParameterizedTest(name = "{0} {1} {2} = {3} {4}")
    @CsvSource({
            "ANC, 1500, /mm3, 1.5, 10^9/L",
            "ANC, 1.5, 10^9/L, 1500, /mm3",
            "PLT, 90, 10^3/µL, 90, 10^9/L",
            "HGB, 90, g/L, 9, g/dL",
            "CREAT, 1, mg/dL, 88.42, µmol/L",
            "BILI, 1, mg/dL, 17.1, umol/L",
            "ALB, 3, g/dL, 30, g/L",
            "CA, 8, mg/dL, 1.996, mmol/L",
    })
    void convertsBetweenAcceptedUnits(LabTest test, String value, String from, String expected, String to) {
        assertEquals(0, new BigDecimal(expected).compareTo(test.convert(new BigDecimal(value), from, to)));
    }

    @ParameterizedTest
    @CsvSource({"ANC, g/dL", "HGB, /mm3", "CREAT, U/L", "ALT, mmol/L"})
    void rejectsAUnitThatDoesNotFit(LabTest test, String unit) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> test.toCanonical(BigDecimal.ONE, unit));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(unit));
    }

    @ParameterizedTest
    @CsvSource({"ANC, cells/uL, /µL", "ANC, /MM3, /mm3", "ANC, 10^9/l, 10^9/L", "K, meq/l, mEq/L", "BILI, umol/L, umol/L"})
    void listedUnitGivesTheTestsOwnSpelling(LabTest test, String unit, String listed) {
        assertEquals(java.util.Optional.of(listed), test.listedUnit(unit));
    }

    @ParameterizedTest
    @CsvSource({"ANC, g/dL", "ALT, mmol/L"})
    void listedUnitIsEmptyForAUnitThatDoesNotFit(LabTest test, String unit) {
        assertEquals(java.util.Optional.empty(), test.listedUnit(unit));
    }
}
