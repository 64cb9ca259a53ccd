package org.vigia.study.definition;

/**
 * Inclusion or exclusion. A computable exclusion criterion encodes the excluding condition as written
 * (NCT06494995 exclusion 14 "HBV DNA ≥500 IU/mL"); the subject satisfies it when the condition does NOT hold.
 * A checklist exclusion item asks "is the condition present?": yes excludes.
 */
public enum CriterionKind {
    INCLUSION, EXCLUSION
}
