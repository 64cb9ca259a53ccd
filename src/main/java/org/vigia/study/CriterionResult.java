package org.vigia.study;

import java.math.BigDecimal;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.CriterionKind;

/**
 * The evaluation of one criterion: status, the compared value (in the criterion's unit; ×ULN for ULN criteria;
 * mL/min for creatinine clearance) with a readable text, the threshold text applied (an alternative threshold
 * when a subject condition switched it), the override reason when overridden, and why it is not met (a text in the
 * reader's language; empty when met).
 */
public record CriterionResult(String criterionId, CriterionKind kind, String label, CriterionStatus status,
        BigDecimal value, String valueText, String thresholdText, String overrideReason, Text messageText) {

    /** Why it is not met, in English (the API). */
    public String message() {
        return messageText.english();
    }
}
