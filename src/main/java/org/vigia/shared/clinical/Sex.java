package org.vigia.shared.clinical;

/** Biological sex as used by sex-dependent formulas (Cockcroft-Gault applies ×0.85 for {@link #FEMALE}). */
public enum Sex {
    MALE, FEMALE
}
