package org.vigia.subject;

import java.time.LocalDate;
import java.util.Map;

/**
 * When each cycle of each treatment phase of a subject actually started: day 1 of the doses given. The visit
 * schedule plans the later cycles from these, so a delayed cycle moves the visits after it. Implemented by the dosing feature ({@code dosing.GivenCycleStarts}), which sits
 * above subject.
 * <pre>{@code
 * Map<Integer, LocalDate> induction = starts.of(subjectId).getOrDefault("INDUCTION", Map.of());
 * }</pre>
 */
public interface TreatmentStarts {

    /** Day 1 of each cycle given, by phase id and cycle number; empty when nothing is given yet. */
    Map<String, Map<Integer, LocalDate>> of(Long subjectId);
}
