package org.vigia.dosing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A hold, dose reduction or discontinuation of an agent, with its reason, as recorded on the treatment form.
 *
 * @param agent  agent name
 * @param date   date it took effect
 * @param kind   hold, reduction or discontinuation
 * @param reason the reason (e.g. "Neutrophil count decreased grade 3")
 */
public record DoseModificationEvent(String agent, LocalDate date, Kind kind, String reason) {

    /** What was done to the agent. */
    public enum Kind { HOLD, REDUCTION, DISCONTINUATION }

    public DoseModificationEvent {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }
}
