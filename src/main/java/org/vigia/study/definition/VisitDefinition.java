package org.vigia.study.definition;

import java.util.List;

/**
 * A visit of the schedule with its window, anchored on enrolment, C1D1, a phase start/end or end of treatment.
 * <ul>
 *   <li>single visit: target = anchor + {@code offsetMonths} + {@code offsetDays}</li>
 *   <li>{@code perCycle: true}: one visit on day {@code cycleDay} of each cycle of {@code phase}; "{n}" in the code
 *       is the cycle number ({@code C{n}D1})</li>
 *   <li>{@code repeatEveryDays}: repeated {@code repeatCount} times, or while within {@code repeatUntilMonths} of
 *       the anchor; "{n}" in the code is the occurrence number</li>
 * </ul>
 * Window: [target − {@code windowBeforeDays}, target + {@code windowAfterDays}].
 */
public record VisitDefinition(String code, String name, AnchorType anchor, String phase, Integer offsetDays,
        Integer offsetMonths, Integer windowBeforeDays, Integer windowAfterDays, boolean perCycle, Integer cycleDay,
        Integer repeatEveryDays, Integer repeatCount, Integer repeatUntilMonths, List<String> procedures,
        String source, boolean assumption, String note) {

    public VisitDefinition {
        offsetDays = offsetDays == null ? 0 : offsetDays;
        offsetMonths = offsetMonths == null ? 0 : offsetMonths;
        windowBeforeDays = windowBeforeDays == null ? 0 : windowBeforeDays;
        windowAfterDays = windowAfterDays == null ? 0 : windowAfterDays;
        cycleDay = cycleDay == null ? 1 : cycleDay;
        procedures = Lists.copy(procedures);
    }

    public boolean isRepeated() {
        return repeatEveryDays != null;
    }
}
