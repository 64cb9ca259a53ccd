package org.vigia.study;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit planned for one subject: code (e.g. {@code IND-C2D1}), name, the definition it comes from and its
 * occurrence (cycle or repetition number, 1 for a single visit), the target date and its window
 * [earliest, latest]. {@code projected} is true when the date rests on a projected anchor (a phase start or end
 * not yet recorded), so it will move when the actual dates are entered.
 */
public record PlannedVisit(String code, String name, String definitionCode, int occurrence, LocalDate targetDate,
        LocalDate earliest, LocalDate latest, boolean projected, List<String> procedures) {

    public PlannedVisit {
        procedures = List.copyOf(procedures);
    }

    /** True when {@code actualDate} falls outside [earliest, latest] (bounds are inside the window). */
    public boolean isOutOfWindow(LocalDate actualDate) {
        return actualDate.isBefore(earliest) || actualDate.isAfter(latest);
    }
}
