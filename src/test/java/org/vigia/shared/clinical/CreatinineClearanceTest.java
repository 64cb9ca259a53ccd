package org.vigia.shared.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreatinineClearanceTest {

    /** (140 − age) × weight / (72 × Scr mg/dL), × 0.85 for women; worked by hand. */
    @ParameterizedTest(name = "{1} {0} y {2} kg Scr {3} {4} = {5} mL/min")
    @CsvSource({
            "60, MALE,   72, 1.0,   mg/dL,  80.00",  // 80 × 72 / 72
            "60, FEMALE, 72, 1.0,   mg/dL,  68.00",  // 80 × 0.85
            "60, MALE,   72, 88.42, µmol/L, 80.00",  // 88.42 µmol/L = 1.0 mg/dL
            "60, MALE,   72, 88.42, umol/L, 80.00",
            "40, MALE,   90, 1.25,  mg/dL, 100.00",  // 100 × 90 / 90
            "80, FEMALE, 50, 0.8,   mg/dL,  44.27",  // 60 × 50 / 57.6 × 0.85 = 44.2708
            "68, MALE,   60, 1.0,   mg/dL,  60.00",  // 72 × 60 / 72
    })
    void cockcroftGault(int age, Sex sex, String weight, String scr, String unit, String expected) {
        assertEquals(new BigDecimal(expected),
                CreatinineClearance.cockcroftGault(age, sex, new BigDecimal(weight), new BigDecimal(scr), unit));
    }

    @Test
    void rejectsAnUnknownUnitAndNonsenseInputs() {
        assertThrows(IllegalArgumentException.class,
                () -> CreatinineClearance.cockcroftGault(60, Sex.MALE, BigDecimal.TEN, BigDecimal.ONE, "g/L"));
        assertThrows(IllegalArgumentException.class,
                () -> CreatinineClearance.cockcroftGault(60, Sex.MALE, BigDecimal.TEN, BigDecimal.ZERO, "mg/dL"));
        assertThrows(IllegalArgumentException.class,
                () -> CreatinineClearance.cockcroftGault(150, Sex.MALE, BigDecimal.TEN, BigDecimal.ONE, "mg/dL"));
    }
}
