package org.vigia.ae;

/**
 * The investigator's assessment of the relationship between an adverse event and a study intervention, on the
 * five-point attribution scale of NCI CTEP (Unrelated, Unlikely, Possible, Probable, Definite).
 * <p>
 * For expedited reporting CTEP counts possible, probable and definite as related; {@link #isRelated()} says so.
 */
public enum Causality {
    /** The adverse event is clearly not related to the intervention. */
    UNRELATED("Unrelated"),
    /** The adverse event is doubtfully related to the intervention. */
    UNLIKELY("Unlikely"),
    /** The adverse event may be related to the intervention. */
    POSSIBLE("Possible"),
    /** The adverse event is likely related to the intervention. */
    PROBABLE("Probable"),
    /** The adverse event is clearly related to the intervention. */
    DEFINITE("Definite");

    private final String label;

    Causality(String label) {
        this.label = label;
    }

    /** The CTEP label, e.g. "Possible". */
    public String label() {
        return label;
    }

    /** Whether this attribution counts as related: possible, probable or definite. */
    public boolean isRelated() {
        return compareTo(POSSIBLE) >= 0;
    }
}
