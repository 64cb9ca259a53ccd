package org.vigia.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dose actually given, as recorded on the treatment administration form.
 *
 * @param agent            agent name
 * @param date             administration date
 * @param doseMg           the dose given, mg
 * @param documentedReason the investigator's reason for departing from the recommendation, or null/blank
 */
public record AdministeredDose(String agent, LocalDate date, BigDecimal doseMg, String documentedReason) {

    public AdministeredDose {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(doseMg, "doseMg");
    }

    public Optional<String> findDocumentedReason() {
        return Optional.ofNullable(documentedReason).filter(r -> !r.isBlank());
    }
}
