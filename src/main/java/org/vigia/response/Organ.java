package org.vigia.response;

/**
 * The fixed list of organs / sites a lesion is recorded in. The two-target-lesions-per-organ limit of
 * RECIST 1.1 section 3.3.1 counts by this value; paired organs are one organ and all lymph nodes are one
 * organ (EORTC RECIST 1.1 questions and clarifications), so a lesion in {@link #LYMPH_NODE} is nodal
 * (measured by its short axis) and every other lesion is not.
 */
public enum Organ {
    LUNG, LIVER, LYMPH_NODE, BONE, BRAIN, ADRENAL, KIDNEY, PLEURA, PERITONEUM, SOFT_TISSUE, SKIN,
    HEAD_AND_NECK, OESOPHAGUS, OTHER;

    /** Whether a lesion here is a lymph node (short axis, 15 mm to be measurable, 10 mm normal). */
    public boolean nodal() {
        return this == LYMPH_NODE;
    }
}
