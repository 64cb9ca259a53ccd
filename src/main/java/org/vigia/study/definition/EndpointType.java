package org.vigia.study.definition;

/**
 * Kind of endpoint: {@link #TIME_TO_EVENT} (OS, PFS, EFS, DMFS, LRRFS, DoR; with a landmark for "2-year rate"),
 * {@link #RESPONSE_RATE} (ORR, DCR), {@link #SAFETY} (CTCAE), {@link #PATIENT_REPORTED} (QoL questionnaires).
 */
public enum EndpointType {
    TIME_TO_EVENT, RESPONSE_RATE, SAFETY, PATIENT_REPORTED
}
