package org.vigia.study.definition;

import java.math.BigDecimal;

/**
 * The threshold that replaces a criterion's own when the subject has condition {@code when}; {@code waived: true}
 * means the criterion does not apply at all then (NCT06494995: INR for patients on stable anticoagulation).
 */
public record AlternativeThreshold(String when, ComparisonOperator operator, BigDecimal threshold, boolean waived,
        String source) {
}
