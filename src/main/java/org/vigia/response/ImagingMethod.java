package org.vigia.response;

/**
 * The imaging method of a lesion measurement (RECIST 1.1 section 3.2 and Appendix II). The same method
 * should be used at baseline and at every follow-up. The CT part of a PET-CT may be used for
 * measurements only when it is of diagnostic quality.
 */
public enum ImagingMethod {
    CT, MRI, PET_CT
}
