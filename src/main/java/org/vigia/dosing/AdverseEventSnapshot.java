package org.vigia.dosing;

import java.util.Objects;
import org.vigia.study.definition.DoseModificationRule;

/**
 * An adverse event as dose modification sees it: CTCAE v5.0 term and grade, and whether it is immune-related.
 * A grade 5 event is a fatal one (CTCAE v5.0: "Grade 5 Death related to AE").
 *
 * @param id                    the event's identifier if known (matches an event across a hold and its recovery),
 *                              or null to match by term
 * @param term                  CTCAE term ("Neutrophil count decreased", "Pneumonitis")
 * @param grade                 current CTCAE grade, 0 (resolved) to 5
 * @param immuneRelated         whether the investigator judged it an immune-related AE (irAE)
 * @param immuneRelatedCategory irAE category if any ("PNEUMONITIS", "COLITIS", ...), or null
 */
public record AdverseEventSnapshot(String id, String term, int grade, boolean immuneRelated,
                                   String immuneRelatedCategory) {

    public AdverseEventSnapshot {
        Objects.requireNonNull(term, "term");
        if (grade < 0 || grade > 5) {
            throw new IllegalArgumentException("CTCAE grade must be 0–5, was " + grade);
        }
    }

    /** An event without id or irAE category. */
    public static AdverseEventSnapshot of(String term, int grade, boolean immuneRelated) {
        return new AdverseEventSnapshot(null, term, grade, immuneRelated, null);
    }

    /** The same event at another grade. */
    public AdverseEventSnapshot withGrade(int newGrade) {
        return new AdverseEventSnapshot(id, term, newGrade, immuneRelated, immuneRelatedCategory);
    }

    /** Same event: equal ids when both have one, otherwise the same term (case-insensitive). */
    boolean sameEventAs(AdverseEventSnapshot other) {
        if (id != null && other.id != null) {
            return id.equals(other.id);
        }
        return DoseModificationRule.sameText(term, other.term);
    }
}
