package org.vigia.subject;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a subject's time on treatment and in the study ends, as recorded on the follow-up forms: the date study
 * treatment was discontinued (the discontinuation form, not the planned end-of-treatment visit) and the date of
 * death. Implemented by the follow-up feature ({@code followup.FollowUpEndDates}), which sits above the features
 * that must check their dates against these (lab, AE, dosing, response).
 * <pre>{@code
 * SubjectEndDates.Ends ends = endDates.of(subjectId);
 * if (ends.death().filter(d -> onset.isAfter(d)).isPresent()) { ... refuse ... }
 * }</pre>
 */
public interface SubjectEndDates {

    /** The recorded ends of one subject; empty when not recorded. */
    record Ends(Optional<LocalDate> treatmentDiscontinued, Optional<LocalDate> death) {

        /** No end recorded. */
        public static final Ends NONE = new Ends(Optional.empty(), Optional.empty());

        /** The earlier of discontinuation and death: nothing of study treatment is given after it. */
        public Optional<LocalDate> treatmentStop() {
            if (treatmentDiscontinued.isEmpty()) {
                return death;
            }
            if (death.isEmpty()) {
                return treatmentDiscontinued;
            }
            return Optional.of(treatmentDiscontinued.get().isBefore(death.get())
                    ? treatmentDiscontinued.get() : death.get());
        }
    }

    /** The subject's recorded ends (no access check: callers have already loaded the subject through its service). */
    Ends of(Long subjectId);

    /** The recorded ends of several subjects (a matrix page); subjects without any may be left out. */
    default Map<Long, Ends> of(Collection<Long> subjectIds) {
        Map<Long, Ends> out = new HashMap<>();
        subjectIds.forEach(id -> out.put(id, of(id)));
        return out;
    }
}
