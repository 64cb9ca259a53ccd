package org.vigia.subject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.study.PlannedVisit;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.VisitDefinition;

/**
 * The visits of one subject with their dates and statuses, from the plan, the attached records and the typed or
 * not-done marks (pure: the matrix and the schedule both use it, for one subject or a page of them).
 * <pre>{@code
 * List<VisitStates.State> states = VisitStates.of(definition, plan, attached, marks, ends, today);
 * }</pre>
 */
public final class VisitStates {

    private VisitStates() {
    }

    /** A record attached to a visit: its record procedure and date, and whether it lies outside the window. */
    public record Attached(String visitCode, String procedure, LocalDate date, boolean outOfWindow) {
    }

    /** What a user typed on a visit: its date, whether outside the window, the not-done reason, the row version. */
    public record Mark(LocalDate typedDate, boolean outOfWindow, String notDoneReason, long version) {
    }

    /** One visit: the plan, its date (typed or from its data), status, missing procedures and out-of-window flag. */
    public record State(PlannedVisit planned, LocalDate date, VisitStatus status, List<String> missing,
                        boolean outOfWindow, String notDoneReason, Long version, boolean dateFromData) {
    }

    public static List<State> of(StudyDefinition definition, List<PlannedVisit> plan, List<Attached> attached,
                                 Map<String, Mark> marks, SubjectEndDates.Ends ends, LocalDate today) {
        return of(definition, plan, attached, marks, java.util.Set.of(), ends, today);
    }

    /** As above, where the defined forms record {@code formProcedures} ({@link VisitFormProcedures}). */
    public static List<State> of(StudyDefinition definition, List<PlannedVisit> plan, List<Attached> attached,
                                 Map<String, Mark> marks, java.util.Set<String> formProcedures,
                                 SubjectEndDates.Ends ends, LocalDate today) {
        Map<String, Map<String, LocalDate>> recorded = new HashMap<>();
        Map<String, Boolean> outside = new HashMap<>();
        for (Attached a : attached) {
            if (a.visitCode() == null) {
                continue;
            }
            recorded.computeIfAbsent(a.visitCode(), k -> new HashMap<>()).merge(a.procedure(), a.date(),
                    (x, y) -> x.isBefore(y) ? x : y);
            outside.merge(a.visitCode(), a.outOfWindow(), Boolean::logicalOr);
        }
        Map<String, VisitDefinition> definitions = new HashMap<>();
        definition.visits().forEach(v -> definitions.put(v.code(), v));
        List<State> out = new ArrayList<>();
        for (PlannedVisit p : plan) {
            Mark m = marks.get(p.code());
            VisitStatusRules.Facts facts = new VisitStatusRules.Facts(recorded.getOrDefault(p.code(), Map.of()),
                    m == null ? null : m.typedDate(), m == null ? null : m.notDoneReason());
            List<String> missing = VisitStatusRules.missing(p, facts, formProcedures);
            VisitStatus status = VisitStatusRules.status(definitions.get(p.definitionCode()), p, facts, missing,
                    formProcedures, ends, today);
            Optional<LocalDate> date = facts.visitDate();
            boolean flagged = m != null && m.typedDate() != null ? m.outOfWindow()
                    : date.isPresent() && p.isOutOfWindow(date.get()) || outside.getOrDefault(p.code(), false);
            out.add(new State(p, date.orElse(null), status, missing, flagged,
                    m == null ? null : m.notDoneReason(), m == null ? null : m.version(),
                    (m == null || m.typedDate() == null) && date.isPresent()));
        }
        return out;
    }

    /**
     * The status of a matrix column (a visit definition) from its occurrences: NOT_APPLICABLE when all are; else,
     * leaving those out, OVERDUE when one is; COMPLETE when all are complete or not done (NOT_DONE when all are
     * not done); IN_PROGRESS when one has started or is done; NOT_STARTED otherwise.
     */
    public static VisitStatus column(List<VisitStatus> occurrences) {
        List<VisitStatus> relevant = occurrences.stream().filter(s -> s != VisitStatus.NOT_APPLICABLE).toList();
        if (relevant.isEmpty()) {
            return VisitStatus.NOT_APPLICABLE;
        }
        if (relevant.contains(VisitStatus.OVERDUE)) {
            return VisitStatus.OVERDUE;
        }
        if (relevant.stream().allMatch(s -> s == VisitStatus.NOT_DONE)) {
            return VisitStatus.NOT_DONE;
        }
        if (relevant.stream().allMatch(s -> s == VisitStatus.COMPLETE || s == VisitStatus.NOT_DONE)) {
            return VisitStatus.COMPLETE;
        }
        return relevant.stream().anyMatch(s -> s != VisitStatus.NOT_STARTED) ? VisitStatus.IN_PROGRESS
                : VisitStatus.NOT_STARTED;
    }
}
