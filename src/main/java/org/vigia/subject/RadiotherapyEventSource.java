package org.vigia.subject;

import java.time.LocalDate;
import java.util.List;

/**
 * Records other than the fractions that raise a radiotherapy event of the study definition's rules: a severe weekly
 * skin and mucosa check (the ae feature's {@code WeeklyCheckEvents}: SEVERE_RADIATION_INJURY, suspend), a form answer that names an
 * event ({@code radiotherapyEvent} of a form item, e.g. NCT07277764's ulcer check: ULCER, stop early). Each source
 * gives its findings in date order; of one source and event, the latest finding on or before a day tells whether the
 * event stands on that day (a later check that is no longer severe lifts the suspension).
 */
public interface RadiotherapyEventSource {

    /** A finding: the event code, the day it was seen, whether it stands from that day, and a text for the reason. */
    record Finding(String event, LocalDate on, boolean raised, String record) {
    }

    /** The subject's findings; no access check (the radiotherapy service has made it). */
    List<Finding> findings(Long subjectId);
}
