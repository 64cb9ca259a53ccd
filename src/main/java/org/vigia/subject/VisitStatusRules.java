package org.vigia.subject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigia.study.PlannedVisit;
import org.vigia.study.definition.AnchorType;
import org.vigia.study.definition.VisitDefinition;

/**
 * The status of one planned visit ({@link VisitStatus}), in this order:
 * <ol>
 *   <li>NOT_DONE: a user marked it not done, with a reason (only possible while nothing is recorded).</li>
 *   <li>COMPLETE: every procedure Vigia records ({@link VisitProcedures#required}: the built-in records and the
 *       defined forms, saved complete) has a record attached; a visit
 *       with no such procedure (e.g. SIM: RT_PLANNING_CT only) is complete when its date is typed.</li>
 *   <li>NOT_APPLICABLE, when nothing is recorded and no date typed: the target date is after the death date;
 *       or it is a treatment visit and its target date is after the end of treatment (discontinuation or death).
 *       Treatment visits are the visits tied to a phase: those anchored on the phase start (cycles, weekly
 *       visits, the day-1 visit of a phase) and the single visits at a phase end (EOI, POST-CRT, ORR-3M);
 *       repeated assessments after a phase end (TA{n}) and visits after the end of treatment go on.</li>
 *   <li>OVERDUE: the window has passed (today after its latest day).</li>
 *   <li>IN_PROGRESS: some procedures recorded or a date typed; NOT_STARTED otherwise.</li>
 * </ol>
 */
public final class VisitStatusRules {

    private VisitStatusRules() {
    }

    /**
     * What is known of one visit: the record procedures attached with their earliest dates, the typed date, the
     * not-done reason.
     */
    public record Facts(Map<String, LocalDate> recorded, LocalDate typedDate, String notDoneReason) {

        public static final Facts NONE = new Facts(Map.of(), null, null);

        public Facts {
            recorded = Map.copyOf(recorded);
        }

        /** The visit date: typed, else the earliest date of its records. */
        public Optional<LocalDate> visitDate() {
            if (typedDate != null) {
                return Optional.of(typedDate);
            }
            LocalDate first = null;
            for (LocalDate d : recorded.values()) {
                first = first == null || d.isBefore(first) ? d : first;
            }
            return Optional.ofNullable(first);
        }
    }

    public static VisitStatus status(VisitDefinition definition, PlannedVisit p, Facts facts,
                                     SubjectEndDates.Ends ends, LocalDate today) {
        return status(definition, p, facts, missing(p, facts, Set.of()), Set.of(), ends, today);
    }

    /** As above, where the defined forms record {@code formProcedures} ({@link VisitFormProcedures}). */
    public static VisitStatus status(VisitDefinition definition, PlannedVisit p, Facts facts, Set<String> formProcedures,
                                     SubjectEndDates.Ends ends, LocalDate today) {
        return status(definition, p, facts, missing(p, facts, formProcedures), formProcedures, ends, today);
    }

    /** {@link #status(VisitDefinition, PlannedVisit, Facts, SubjectEndDates.Ends, LocalDate)} with its
     * {@link #missing} procedures already found (a page of the matrix reads both for thousands of visits). */
    static VisitStatus status(VisitDefinition definition, PlannedVisit p, Facts facts, List<String> missing,
                              Set<String> formProcedures, SubjectEndDates.Ends ends, LocalDate today) {
        if (facts.notDoneReason() != null) {
            return VisitStatus.NOT_DONE;
        }
        Map<String, String> required = VisitProcedures.required(p.procedures(), formProcedures);
        boolean anything = facts.typedDate() != null || !facts.recorded().isEmpty();
        if (anything && missing.isEmpty() && (!required.isEmpty() || facts.typedDate() != null)) {
            return VisitStatus.COMPLETE;
        }
        if (!anything) {
            if (ends.death().filter(d -> p.targetDate().isAfter(d)).isPresent()) {
                return VisitStatus.NOT_APPLICABLE;
            }
            if (isTreatmentVisit(definition) && ends.treatmentStop().filter(d -> p.targetDate().isAfter(d)).isPresent()) {
                return VisitStatus.NOT_APPLICABLE;
            }
        }
        if (today.isAfter(p.latest())) {
            return VisitStatus.OVERDUE;
        }
        return anything ? VisitStatus.IN_PROGRESS : VisitStatus.NOT_STARTED;
    }

    /**
     * The procedures of the visit that Vigia records and that have no record yet, in the visit's order, one per
     * kind of record (DOSING, not also WEIGHT and INFUSION_TIMES, which the dosing form holds).
     */
    public static List<String> missing(PlannedVisit p, Facts facts) {
        return missing(p, facts, Set.of());
    }

    /** As above, where the defined forms record {@code formProcedures} ({@link VisitFormProcedures}). */
    public static List<String> missing(PlannedVisit p, Facts facts, Set<String> formProcedures) {
        Set<String> have = facts.recorded().keySet();
        Map<String, String> byRecord = new java.util.LinkedHashMap<>();
        VisitProcedures.required(p.procedures(), formProcedures).forEach((procedure, by) -> {
            if (!have.contains(by) && (!byRecord.containsKey(by) || procedure.equals(by))) {
                byRecord.put(by, procedure);
            }
        });
        return new ArrayList<>(byRecord.values());
    }

    /** A visit tied to a treatment phase, which will not take place once treatment has ended. */
    public static boolean isTreatmentVisit(VisitDefinition v) {
        if (v.phase() == null) {
            return false;
        }
        return v.anchor() != AnchorType.PHASE_END || !v.isRepeated();
    }
}
