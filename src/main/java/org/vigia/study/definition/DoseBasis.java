package org.vigia.study.definition;

/**
 * How an agent's planned dose is computed from the protocol dose.
 * <ul>
 *   <li>{@link #MG_PER_M2}: dose × body surface area (e.g. docetaxel 75 mg/m², NCT07041788)</li>
 *   <li>{@link #MG_PER_KG}: dose × body weight (e.g. ivonescimab 10 mg/kg, NCT07264075)</li>
 *   <li>{@link #FLAT_MG}: the dose as written (e.g. pembrolizumab 200 mg)</li>
 *   <li>{@link #GY}: radiotherapy, dose in gray per fraction</li>
 * </ul>
 */
public enum DoseBasis {
    MG_PER_M2("mg/m²"), MG_PER_KG("mg/kg"), FLAT_MG("mg"), GY("Gy");

    private final String label;

    DoseBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
