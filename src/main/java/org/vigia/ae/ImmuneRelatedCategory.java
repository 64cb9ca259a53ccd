package org.vigia.ae;

/**
 * Organ category of an immune-related adverse event (irAE) of an immune checkpoint inhibitor, following the
 * organ-system chapters of the ASCO guideline on managing immune-related adverse events (Schneider et al.,
 * J Clin Oncol 2021) and the NCCN/ESMO irAE guidelines.
 */
public enum ImmuneRelatedCategory {
    PNEUMONITIS("Pneumonitis"),
    COLITIS("Colitis / diarrhoea"),
    HEPATITIS("Hepatitis"),
    THYROID("Endocrinopathy: thyroid (hypo-/hyperthyroidism, thyroiditis)"),
    HYPOPHYSITIS("Endocrinopathy: hypophysitis"),
    ADRENAL_INSUFFICIENCY("Endocrinopathy: primary adrenal insufficiency"),
    DIABETES("Endocrinopathy: type 1 diabetes mellitus"),
    NEPHRITIS("Nephritis"),
    SKIN("Skin (rash, pruritus, bullous dermatoses, SJS/TEN)"),
    MYOCARDITIS("Myocarditis"),
    NEUROLOGICAL("Neurological (myasthenia gravis, Guillain-Barré syndrome, encephalitis, neuropathy)"),
    OTHER("Other");

    private final String label;

    ImmuneRelatedCategory(String label) {
        this.label = label;
    }

    /** English label for lists and reports. */
    public String label() {
        return label;
    }

    /** Whether the category is an endocrinopathy (thyroid, hypophysitis, adrenal, diabetes). */
    public boolean isEndocrinopathy() {
        return this == THYROID || this == HYPOPHYSITIS || this == ADRENAL_INSUFFICIENCY || this == DIABETES;
    }
}
