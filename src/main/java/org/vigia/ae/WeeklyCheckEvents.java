package org.vigia.ae;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.vigia.subject.RadiotherapyEventSource;
import org.vigia.study.StudyService;
import org.vigia.study.definition.RadiotherapyCheckSettings;
import org.vigia.subject.Subject;

/**
 * The weekly skin and mucosa checks as radiotherapy findings: where the study definition says from which grade a check
 * is severe ({@code radiotherapyCheck.severeFromGrade}, on the RTOG scale when the study grades on it), each check is a
 * finding of its {@code severeEvent}, raised when severe, lifted when not.
 */
@ApplicationScoped
public class WeeklyCheckEvents implements RadiotherapyEventSource {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudyService studies;

    @Override
    public List<Finding> findings(Long subjectId) {
        Subject s = em.find(Subject.class, subjectId);
        RadiotherapyCheckSettings check = s == null ? null
                : studies.definition(s.getStudyId(), s.getDefinitionVersion()).findRadiotherapyCheck().orElse(null);
        if (check == null || check.severeEvent() == null) {
            return List.of();
        }
        return em.createQuery("select c from RadiotherapySkinMucosaCheck c where c.subjectId = :s"
                        + " order by c.assessedOn, c.rtWeek", RadiotherapySkinMucosaCheck.class)
                .setParameter("s", subjectId).getResultStream()
                .map(c -> new Finding(check.severeEvent(), c.getAssessedOn(), check.severe(c.highestGrade(check.rtog())),
                        "weekly check, week " + c.getRtWeek() + " (" + c.getAssessedOn() + ")"))
                .toList();
    }
}
