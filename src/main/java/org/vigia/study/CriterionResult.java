package org.vigia.study;

import java.math.BigDecimal;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.CriterionKind;

/**
 * The evaluation of one criterion: status, the compared value (in the criterion's unit; ×ULN for ULN criteria;
 * mL/min for creatinine clearance) with a readable text, the threshold text applied (an alternative threshold
 * when a subject condition switched it), the override reason when overridden, and why it is not met. The texts
 * render in the reader's language; {@link #valueText()}, {@link #thresholdText()} and {@link #message()} give the
 * English of the API (empty message when met).
 */
public record CriterionResult(String criterionId, CriterionKind kind, String label, CriterionStatus status,
        BigDecimal value, Text shownValue, Text shownThreshold, String overrideReason, Text messageText) {

    /** The compared value as entered or computed, in English (the API); {@link #shownValue()} for a screen. */
    public String valueText() {
        return shownValue.english();
    }

    /** The threshold applied, in English (the API); {@link #shownThreshold()} for a screen. */
    public String thresholdText() {
        return shownThreshold.english();
    }

    /** Why it is not met, in English (the API). */
    public String message() {
        return messageText.english();
    }
}
