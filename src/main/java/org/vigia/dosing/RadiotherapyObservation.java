package org.vigia.dosing;

import java.util.Set;

/**
 * What was seen at an on-treatment radiotherapy review.
 *
 * @param response the tumour response assessed at this point ("CR", "PR", "SD", "PD"), or null if not assessed
 * @param findings clinical findings present ("ULCER", ...), upper case by convention, compared case-insensitively
 */
public record RadiotherapyObservation(String response, Set<String> findings) {
    public RadiotherapyObservation {
        findings = findings == null ? Set.of() : Set.copyOf(findings);
    }
}
