package org.vigia.ae;

import org.vigia.subject.VisitAttachmentService;
import org.vigia.subject.VisitProcedures;
import org.vigia.subject.VisitRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.SiteService;
import org.vigia.study.StudyService;
import org.vigia.study.definition.RadiotherapyCheckSettings;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Weekly oral mucositis / radiation dermatitis checks during radiotherapy, for a study whose definition has the
 * check ({@code radiotherapyCheck}): the week of radiotherapy (1 to {@code maxWeek}) and the grades (0 = none to
 * {@code maxGrade}; Grade 5 is death, which belongs on the AE form) are the definition's.
 * <pre>{@code
 * checks.settings(subjectId).ifPresent(s -> s.maxWeek());
 * checks.record(subjectId, LocalDate.now(), 3, 2, 1);
 * }</pre>
 */
@Stateless
public class RadiotherapyCheckService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private VisitAttachmentService visitRecords;

    @Inject
    private SubjectService subjects;

    @Inject
    private AccessGuard access;

    @Inject
    private AuditService audit;

    @Inject
    private SiteService sites;

    @Inject
    private StudyService studies;

    /** The check of the subject's study definition; empty when the study has none. */
    public Optional<RadiotherapyCheckSettings> settings(Long subjectId) {
        Subject s = subjects.get(subjectId);
        return studies.definition(s.getStudyId(), s.getDefinitionVersion()).findRadiotherapyCheck();
    }

    public List<RadiotherapySkinMucosaCheck> list(Long subjectId) {
        subjects.get(subjectId);
        return em.createQuery("select c from RadiotherapySkinMucosaCheck c where c.subjectId = :s order by c.rtWeek",
                RadiotherapySkinMucosaCheck.class).setParameter("s", subjectId).getResultList();
    }

    public RadiotherapySkinMucosaCheck record(Long subjectId, LocalDate assessedOn, Integer rtWeek,
            Integer mucositisGrade, Integer dermatitisGrade) {
        return record(subjectId, assessedOn, rtWeek, mucositisGrade, dermatitisGrade, null, null);
    }

    /**
     * Records a weekly check; where the study grades on the RTOG scale too ({@code radiotherapyCheck.rtog}) both RTOG
     * grades (0-4) are required, elsewhere they are refused. A check at or above the definition's
     * {@code severeFromGrade} raises its {@code severeEvent} for the subject's radiotherapy (read by the dosing
     * feature: suspend, per the course's event rule).
     */
    public RadiotherapySkinMucosaCheck record(Long subjectId, LocalDate assessedOn, Integer rtWeek,
            Integer mucositisGrade, Integer dermatitisGrade, Integer rtogMucositisGrade, Integer rtogSkinGrade) {
        Subject s = subjects.get(subjectId);
        access.requireRoleAt(s.getStudyId(), s.getSiteId(), "subject " + s.label(),
                Role.SITE_COORDINATOR, Role.INVESTIGATOR, Role.DATA_MANAGER, Role.ADMIN);
        RadiotherapyCheckSettings check = studies.definition(s.getStudyId(), s.getDefinitionVersion())
                .findRadiotherapyCheck().orElseThrow(() -> new InvalidInput(Text.of(Bundle.AE, "ae.rt.notInStudy")));
        FieldErrors errors = new FieldErrors();
        errors.require(assessedOn != null, "assessedOn", Text.of(Bundle.AE, "ae.rt.date"));
        sites.today(s.getSiteId()).check(errors, "assessedOn", assessedOn);
        errors.require(check.acceptsWeek(rtWeek), "rtWeek", Text.of(Bundle.AE, "ae.rt.week", check.maxWeek()));
        errors.require(check.acceptsGrade(mucositisGrade), "mucositisGrade",
                Text.of(Bundle.AE, "ae.rt.grade", check.maxGrade()));
        errors.require(check.acceptsGrade(dermatitisGrade), "dermatitisGrade",
                Text.of(Bundle.AE, "ae.rt.grade", check.maxGrade()));
        if (check.rtog()) {
            errors.require(RadiotherapyCheckSettings.acceptsRtogGrade(rtogMucositisGrade), "rtogMucositisGrade",
                    Text.of(Bundle.AE, "ae.rt.rtogGrade", RadiotherapyCheckSettings.RTOG_MAX_GRADE));
            errors.require(RadiotherapyCheckSettings.acceptsRtogGrade(rtogSkinGrade), "rtogSkinGrade",
                    Text.of(Bundle.AE, "ae.rt.rtogGrade", RadiotherapyCheckSettings.RTOG_MAX_GRADE));
        } else {
            errors.require(rtogMucositisGrade == null, "rtogMucositisGrade", Text.of(Bundle.AE, "ae.rt.noRtog"));
            errors.require(rtogSkinGrade == null, "rtogSkinGrade", Text.of(Bundle.AE, "ae.rt.noRtog"));
        }
        errors.require(rtWeek == null || em.createQuery("select count(c) from RadiotherapySkinMucosaCheck c"
                + " where c.subjectId = :s and c.rtWeek = :w", Long.class).setParameter("s", subjectId)
                .setParameter("w", rtWeek).getSingleResult() == 0, "rtWeek", Text.of(Bundle.AE, "ae.rt.weekTaken"));
        errors.throwIfAny();
        RadiotherapySkinMucosaCheck c = new RadiotherapySkinMucosaCheck(subjectId, assessedOn, rtWeek, mucositisGrade,
                dermatitisGrade, access.caller(), Instant.now());
        c.rtog(rtogMucositisGrade, rtogSkinGrade);
        em.persist(c);
        em.flush();
        visitRecords.attach(subjectId, VisitRecord.of("RadiotherapySkinMucosaCheck", c.getId(), VisitProcedures.RT_CHECK, assessedOn));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("assessedOn", assessedOn);
        after.put("rtWeek", rtWeek);
        after.put("mucositisGrade", mucositisGrade);
        after.put("dermatitisGrade", dermatitisGrade);
        if (check.rtog()) {
            after.put("rtogMucositisGrade", rtogMucositisGrade);
            after.put("rtogSkinGrade", rtogSkinGrade);
        }
        audit.recordAll(AuditEntry.of("CREATE", "RadiotherapySkinMucosaCheck", c.getId())
                .scope(s.getStudyId(), s.getSiteId(), s.label()).changes(Map.of(), after));
        return c;
    }
}
