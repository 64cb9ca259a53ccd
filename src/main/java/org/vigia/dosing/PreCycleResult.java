package org.vigia.dosing;

import java.util.List;

/**
 * Go / no-go before a cycle, with every failed criterion (API: {@code {"go": false, "failures": [...]}}).
 *
 * @param go       true when every criterion is met by an in-window result
 * @param failures the failed criteria, in the definition's order; empty when {@code go}
 */
public record PreCycleResult(boolean go, List<PreCycleFailure> failures) {
    public PreCycleResult {
        failures = List.copyOf(failures);
    }
}
