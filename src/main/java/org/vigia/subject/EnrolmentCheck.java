package org.vigia.subject;

import java.time.LocalDate;

/**
 * A rule that must hold before a subject is enrolled (e.g. eligibility confirmed). CDI beans implementing it are
 * consulted by {@link EnrolmentService}; a check refuses by throwing {@code InvalidInput}.
 */
public interface EnrolmentCheck {

    void beforeEnrolment(Subject subject, LocalDate enrolledOn);
}
