package org.vigia.ae;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * When a subject was first given each study agent and the first radiotherapy fraction, as the dosing forms record
 * them: what a causality judgement may point at ({@link AdverseEventSubjectRules}: an AE can be related only to an
 * agent given on or before its onset). Implemented by the dosing feature ({@code dosing.DosingTreatmentStarts}, one
 * query), which sits above the AE feature.
 * <pre>{@code
 * TreatmentStarts.Starts starts = treatmentStarts.of(subjectId);
 * Optional<LocalDate> docetaxel = starts.first("DOCETAXEL");
 * Optional<LocalDate> rt = starts.first(AdverseEventAttribution.RADIOTHERAPY);
 * }</pre>
 */
public interface TreatmentStarts {

    /**
     * The first dates of one subject.
     *
     * @param firstGiven   per agent id of the study definition, the first administration with status GIVEN
     * @param radiotherapy the first delivered fraction, empty when none
     */
    record Starts(Map<String, LocalDate> firstGiven, Optional<LocalDate> radiotherapy) {

        /** Nothing given yet. */
        public static final Starts NONE = new Starts(Map.of(), Optional.empty());

        public Starts {
            firstGiven = Map.copyOf(firstGiven);
        }

        /** The first date {@code agentId} (or {@link AdverseEventAttribution#RADIOTHERAPY}) was given. */
        public Optional<LocalDate> first(String agentId) {
            return AdverseEventAttribution.RADIOTHERAPY.equals(agentId) ? radiotherapy
                    : Optional.ofNullable(firstGiven.get(agentId));
        }
    }

    /** The subject's first dates (no access check: callers have already loaded the subject through its service). */
    Starts of(Long subjectId);
}
