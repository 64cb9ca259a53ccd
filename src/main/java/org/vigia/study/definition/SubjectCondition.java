package org.vigia.study.definition;

/**
 * A fact about the subject that switches a criterion to an alternative threshold, e.g.
 * {@code LIVER_METASTASES} ("if liver metastases present, ALT/AST ≤5×ULN", NCT07041788) or
 * {@code THERAPEUTIC_ANTICOAGULATION}.
 */
public record SubjectCondition(String code, String label) {
}
