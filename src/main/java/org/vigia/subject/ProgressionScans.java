package org.vigia.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up tumour assessments (scans) of a subject as the follow-up feature needs them to date a progression:
 * a progression recorded on the follow-up forms on the basis of imaging carries the date of the assessment that
 * shows it (RECIST 1.1 section 4.3: progression is dated by the assessment at which it is first documented).
 * Implemented by the response feature ({@code response.assessment.TumourProgressionScans}), which sits beside
 * follow-up and may not be used by it.
 * <pre>{@code
 * ProgressionScans.Scan scan = scans.find(subjectId, assessmentId).orElseThrow(...);
 * if (scan.progression() && !on.equals(scan.assessedOn())) { ... refuse, naming scan.assessedOn() ... }
 * }</pre>
 */
public interface ProgressionScans {

    /**
     * One follow-up assessment: its id, its scan date, and whether its overall response (the investigator's override,
     * else the computed one) is progressive disease.
     */
    record Scan(Long assessmentId, LocalDate assessedOn, boolean progression) implements java.io.Serializable {
    }

    /** A follow-up assessment of this subject; empty when there is none with this id for the subject. */
    Optional<Scan> find(Long subjectId, Long assessmentId);

    /** The subject's follow-up assessments by date. */
    List<Scan> followUps(Long subjectId);

    /** The subject's first follow-up assessment showing progressive disease, if any. */
    default Optional<Scan> firstProgression(Long subjectId) {
        return followUps(subjectId).stream().filter(Scan::progression).findFirst();
    }
}
