package org.vigia.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One administration of an agent, as exposure sees it. Multi-day cycles (cisplatin d1–3) have one administration
 * per day with the same cycle number; a planned day that was not given is recorded with 0 mg so that its planned
 * dose still counts.
 *
 * @param agent             agent name
 * @param cycle             cycle number (1, 2, ...)
 * @param date              administration date
 * @param administeredMg    dose given, mg (0 when omitted)
 * @param plannedFullDoseMg the full (100 %) dose planned for that day at the body size of the day, mg
 * @param bsaM2             BSA used that day (mg/m² agents), or null
 */
public record DoseAdministration(String agent, int cycle, LocalDate date, BigDecimal administeredMg,
                                 BigDecimal plannedFullDoseMg, BigDecimal bsaM2) {
    public DoseAdministration {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(administeredMg, "administeredMg");
        Objects.requireNonNull(plannedFullDoseMg, "plannedFullDoseMg");
        if (cycle < 1 || administeredMg.signum() < 0 || plannedFullDoseMg.signum() <= 0) {
            throw new IllegalArgumentException("Invalid administration of " + agent + " on " + date);
        }
    }
}
