package org.vigia.response;

/**
 * How a lesion was irradiated on study. NCT06494995 reports ORR by lesion irradiation (lesions given
 * stereotactic body radiotherapy, low-dose radiotherapy, or none); conventional radiotherapy covers the
 * definitive courses of the other trials.
 */
public enum IrradiationStatus {
    /** Stereotactic body radiotherapy. */
    SBRT,
    /** Low-dose radiotherapy. */
    LOW_DOSE_RT,
    /** Conventionally fractionated radiotherapy. */
    CONVENTIONAL_RT,
    /** Not irradiated. */
    NOT_IRRADIATED
}
