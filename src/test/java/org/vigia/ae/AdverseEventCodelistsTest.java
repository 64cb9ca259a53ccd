package org.vigia.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small AE value sets against their sources (CTEP attribution, ICH E2A, CDISC OUT and ACN codelists). */
class AdverseEventCodelistsTest {

    @ParameterizedTest(name = "{0} related: {1}")
    @CsvSource({"UNRELATED, false", "UNLIKELY, false", "POSSIBLE, true", "PROBABLE, true", "DEFINITE, true"})
    void possibleOrStrongerIsRelated(Causality causality, boolean related) {
        assertEquals(related, causality.isRelated());
    }

    @Test
    void outcomeSubmissionValuesAreTheCdiscOutCodelist() {
        assertEquals(List.of("RECOVERED/RESOLVED", "RECOVERING/RESOLVING", "NOT RECOVERED/NOT RESOLVED",
                "RECOVERED/RESOLVED WITH SEQUELAE", "FATAL", "UNKNOWN"),
                Arrays.stream(AeOutcome.values()).map(AeOutcome::submissionValue).toList());
        assertEquals(Optional.of(AeOutcome.NOT_RECOVERED_NOT_RESOLVED),
                AeOutcome.fromSubmissionValue(" not recovered/not resolved "));
        assertEquals(Optional.empty(), AeOutcome.fromSubmissionValue("RESOLVED"));
        assertTrue(AeOutcome.RECOVERING_RESOLVING.isOngoing());
        assertFalse(AeOutcome.RECOVERED_RESOLVED_WITH_SEQUELAE.isOngoing());
    }

    @Test
    void actionSubmissionValuesAreFromTheCdiscAcnCodelist() {
        assertEquals(List.of("DOSE NOT CHANGED", "DOSE REDUCED", "DRUG INTERRUPTED", "DRUG WITHDRAWN",
                "NOT APPLICABLE", "UNKNOWN"),
                Arrays.stream(ActionTaken.values()).map(ActionTaken::submissionValue).toList());
        assertEquals(Optional.of(ActionTaken.DRUG_INTERRUPTED), ActionTaken.fromSubmissionValue("drug interrupted"));
        assertEquals(Optional.empty(), ActionTaken.fromSubmissionValue(null));
    }

    @Test
    void seriousnessCriteriaCarryTheirCdashFlags() {
        assertEquals(List.of("AESDTH", "AESLIFE", "AESHOSP", "AESDISAB", "AESCONG", "AESMIE"),
                Arrays.stream(SeriousnessCriterion.values()).map(SeriousnessCriterion::cdashVariable).toList());
    }

    @Test
    void immuneRelatedEndocrinopathies() {
        assertEquals(12, ImmuneRelatedCategory.values().length);
        assertEquals(4, Arrays.stream(ImmuneRelatedCategory.values())
                .filter(ImmuneRelatedCategory::isEndocrinopathy).count());
        assertFalse(ImmuneRelatedCategory.PNEUMONITIS.isEndocrinopathy());
    }
}
