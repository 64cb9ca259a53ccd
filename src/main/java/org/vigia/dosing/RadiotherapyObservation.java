package org.vigia.dosing;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What was seen at an on-treatment radiotherapy review, as the event codes the study definition's radiotherapy
 * event rules name (config/studies/README.md: {@code COMPLETE_RESPONSE}, {@code ULCER},
 * {@code SEVERE_RADIATION_INJURY}); codes are compared in upper case.
 *
 * @param events the event codes observed
 */
public record RadiotherapyObservation(Set<String> events) {

    /** The response code that is the {@code COMPLETE_RESPONSE} event (RECIST 1.1 "CR"). */
    public static final String COMPLETE_RESPONSE = "COMPLETE_RESPONSE";

    public RadiotherapyObservation {
        Set<String> upper = new HashSet<>();
        if (events != null) {
            events.stream().filter(e -> e != null && !e.isBlank())
                    .forEach(e -> upper.add(e.trim().toUpperCase(Locale.ROOT)));
        }
        events = Set.copyOf(upper);
    }

    /**
     * An observation from a tumour response ("CR" becomes {@code COMPLETE_RESPONSE}; other responses raise no
     * event) and clinical findings given as event codes ("ULCER").
     */
    public static RadiotherapyObservation of(String response, Set<String> findings) {
        Set<String> events = new HashSet<>(findings == null ? Set.of() : findings);
        if (response != null && response.trim().equalsIgnoreCase("CR")) {
            events.add(COMPLETE_RESPONSE);
        }
        return new RadiotherapyObservation(events);
    }
}
