package org.vigia.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.vigia.response.RecistResponse.CR;
import static org.vigia.response.RecistResponse.NE;
import static org.vigia.response.RecistResponse.NON_CR_NON_PD;
import static org.vigia.response.RecistResponse.PD;
import static org.vigia.response.RecistResponse.PR;
import static org.vigia.response.RecistResponse.SD;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseRateCalculatorTest {

    private final ResponseRateCalculator calculator = new ResponseRateCalculator();
    private final List<RecistResponse> cohort = List.of(CR, PR, PR, SD, NON_CR_NON_PD, PD, NE);

    @Test
    void objectiveResponseCountsCompleteAndPartialResponses() {
        assertEquals(new ResponseRate(3, 6, 7), calculator.objectiveResponse(cohort));
        assertEquals(1, calculator.objectiveResponse(cohort).notEvaluable());
    }

    @Test
    void diseaseControlAddsStableDiseaseAndNonCrNonPd() {
        assertEquals(new ResponseRate(5, 6, 7), calculator.diseaseControl(cohort));
    }

    @Test
    void countsPerCategory() {
        assertEquals(Map.of(CR, 1, PR, 2, SD, 1, NON_CR_NON_PD, 1, PD, 1, NE, 1), calculator.countByResponse(cohort));
        assertEquals(0, calculator.countByResponse(List.of()).get(CR));
    }

    @Test
    void emptyCohortAndInvalidCounts() {
        assertEquals(new ResponseRate(0, 0, 0), calculator.objectiveResponse(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ResponseRate(3, 2, 5));
    }
}
