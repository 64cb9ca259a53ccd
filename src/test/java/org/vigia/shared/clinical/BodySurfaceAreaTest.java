package org.vigia.shared.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodySurfaceAreaTest {

    /** Expected values worked by hand: √(h·w/3600) and 0.007184·w^0.425·h^0.725, rounded to 0.01 m². */
    @ParameterizedTest(name = "{0} {1} cm {2} kg = {3} m²")
    @CsvSource({
            "MOSTELLER, 170, 70, 1.82",   // √3.3056 = 1.818
            "MOSTELLER, 180, 80, 2.00",   // √4 = 2
            "MOSTELLER, 150, 60, 1.58",   // √2.5 = 1.581
            "MOSTELLER, 165, 55.5, 1.59", // √2.5438 = 1.595 -> 1.59
            "DUBOIS, 170, 70, 1.81",      // 0.007184 × 6.084 × 41.41 = 1.810
            "DUBOIS, 180, 80, 2.00",      // 1.996
            "DUBOIS, 150, 60, 1.55",      // 1.548
    })
    void calculatesBodySurfaceAreaToTheHundredth(BodySurfaceAreaFormula formula, String height, String weight,
            String expected) {
        BigDecimal bsa = BodySurfaceArea.calculate(formula, new BigDecimal(height), new BigDecimal(weight));
        assertEquals(new BigDecimal(expected), bsa);
    }

    @Test
    void rejectsNonPositiveHeightOrWeight() {
        assertThrows(IllegalArgumentException.class, () -> BodySurfaceArea.mosteller(BigDecimal.ZERO, BigDecimal.TEN));
        assertThrows(IllegalArgumentException.class, () -> BodySurfaceArea.duBois(BigDecimal.TEN, new BigDecimal("-1")));
    }
}
