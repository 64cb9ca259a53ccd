package org.vigia.study.definition;

/**
 * Whether an agent's dose is given on each dosing day ({@link #PER_ADMINISTRATION}, e.g. cisplatin 25 mg/m²
 * d1-3) or is the total for the cycle divided over its dosing days ({@link #PER_CYCLE_DIVIDED}, e.g. NCT07041788
 * concurrent cisplatin "100mg/m², infused over 3 days (d1-3)").
 */
public enum DoseScope {
    PER_ADMINISTRATION, PER_CYCLE_DIVIDED
}
