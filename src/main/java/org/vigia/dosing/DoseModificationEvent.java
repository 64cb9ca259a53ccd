package org.vigia.dosing;

import java.time.LocalDate;
import java.util.Objects;
import org.vigia.shared.text.Text;

/**
 * A hold, dose reduction or discontinuation of an agent, with its reason, as recorded on the treatment form.
 *
 * @param agent  agent name
 * @param date   date it took effect
 * @param kind   hold, reduction or discontinuation
 * @param reasonText the reason (e.g. "Neutrophil count decreased grade 3"), or null; {@link #reason()}: in English
 */
public record DoseModificationEvent(String agent, LocalDate date, Kind kind, Text reasonText) {

    /** What was done to the agent. */
    public enum Kind { HOLD, REDUCTION, DISCONTINUATION }

    public DoseModificationEvent {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    /** An event whose reason was typed on the form (shown as it is in every language), or null. */
    public DoseModificationEvent(String agent, LocalDate date, Kind kind, String reason) {
        this(agent, date, kind, reason == null ? null : Text.plain(reason));
    }

    /** The reason in English, or null. */
    public String reason() {
        return reasonText == null ? null : reasonText.english();
    }
}
