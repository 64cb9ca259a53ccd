package org.vigia.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.vigia.site.SiteService;
import org.vigia.study.StudyDefinitionRegistry;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.VisitDefinition;

/**
 * Builds a subject's {@link StudyPeriod}: the consent and enrolment dates of the subject, the death date recorded on
 * the follow-up forms ({@link SubjectEndDates}), the screening window of the definition version the subject was
 * registered under (the SCR visit's {@code windowBeforeDays}; the first visit's when no visit is coded SCR) and today
 * at the subject's site.
 * <pre>{@code
 * @Inject StudyPeriods periods;
 * periods.of(subject).require(StudyPeriod.Kind.CLINICAL, "collectedOn", collectedOn);
 * }</pre>
 */
@ApplicationScoped
public class StudyPeriods {

    /** The code of the screening visit in the study definitions. */
    static final String SCREENING_VISIT = "SCR";

    @Inject
    private SubjectEndDates endDates;

    @Inject
    private StudyDefinitionRegistry definitions;

    @Inject
    private SiteService sites;

    /** The period of a subject already loaded with its access checked. */
    public StudyPeriod of(Subject subject) {
        return StudyPeriod.of(subject, endDates.of(subject.getId()),
                screeningWindowDays(definitions.definition(subject.getStudyId(), subject.getDefinitionVersion())),
                sites.today(subject.getSiteId()));
    }

    /** The days the screening window opens before enrolment, as the definition states it (0 without visits). */
    public static int screeningWindowDays(StudyDefinition definition) {
        return definition.visits().stream().filter(v -> SCREENING_VISIT.equals(v.code())).findFirst()
                .or(() -> definition.visits().stream().findFirst())
                .map(VisitDefinition::windowBeforeDays).orElse(0);
    }
}
