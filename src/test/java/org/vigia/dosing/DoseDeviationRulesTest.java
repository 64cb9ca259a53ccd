package org.vigia.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoseDeviationRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    private final DoseDeviationRules rules = new DoseDeviationRules(new BigDecimal("5"));

    private static AdministeredDose given(String mg, String reason) {
        return new AdministeredDose("docetaxel", DAY, new BigDecimal(mg), reason);
    }

    // Recommended 100 mg: ±5 % = 95–105 mg accepted.
    @ParameterizedTest(name = "{0} mg given for 100 mg recommended → {1}")
    @CsvSource({
            "100,   ",
            "105,   ",
            "95,    ",
            "105.1, DOSE_ABOVE_RECOMMENDATION",
            "94.9,  DOSE_BELOW_RECOMMENDATION",
    })
    void toleranceIsFivePercentInclusive(String mg, ProtocolDeviation.Kind expected) {
        Optional<ProtocolDeviation> deviation = rules.check(DoseRecommendation.give("docetaxel", new BigDecimal("100")),
                given(mg, null));
        assertEquals(Optional.ofNullable(expected), deviation.map(ProtocolDeviation::kind));
    }

    @Test
    void reducedDoseAfterRecoveryNeedsNoReason() {
        // NCT07041788 grade 3: docetaxel resumes at 80 %: 136.5 × 0.8 = 109.2 mg recommended.
        assertTrue(rules.check(DoseRecommendation.give("docetaxel", new BigDecimal("109.2")), given("109.2", null)).isEmpty());
    }

    @Test
    void fullDoseAfterRequiredReductionNeedsAReason() {
        DoseRecommendation reduced = DoseRecommendation.give("docetaxel", new BigDecimal("109.2"));
        ProtocolDeviation deviation = rules.check(reduced, given("136.5", null)).orElseThrow();
        assertEquals(ProtocolDeviation.Kind.DOSE_ABOVE_RECOMMENDATION, deviation.kind());
        assertEquals(0, new BigDecimal("25.0").compareTo(deviation.differencePercent())); // (136.5−109.2)/109.2 = +25 %
        assertTrue(rules.check(reduced, given("136.5", "Investigator: neutropenia was due to infection, see note 12")).isEmpty());
    }

    @Test
    void doseGivenWhileHeldOrDiscontinued() {
        assertEquals(ProtocolDeviation.Kind.GIVEN_WHILE_HELD,
                rules.check(DoseRecommendation.held("docetaxel"), given("136.5", null)).orElseThrow().kind());
        assertEquals(ProtocolDeviation.Kind.GIVEN_AFTER_DISCONTINUATION,
                rules.check(DoseRecommendation.discontinued("docetaxel"), given("136.5", " ")).orElseThrow().kind());
        assertTrue(rules.check(DoseRecommendation.held("docetaxel"), given("136.5", "Grade 3 AE judged unrelated")).isEmpty());
        assertTrue(rules.check(DoseRecommendation.held("docetaxel"), given("0", null)).isEmpty());
    }
}
