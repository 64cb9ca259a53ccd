package org.vigia.dosing;

import java.time.LocalDate;

/**
 * A run of consecutive working days (Monday–Friday) without a fraction, between the first and the last fraction
 * of a course.
 *
 * @param firstMissedDay     first working day without a fraction
 * @param lastMissedDay      last working day without a fraction
 * @param missedWorkingDays  working days missed
 */
public record RadiotherapyInterruption(LocalDate firstMissedDay, LocalDate lastMissedDay, int missedWorkingDays) {
}
