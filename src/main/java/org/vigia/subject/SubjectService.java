package org.vigia.subject;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.EditConflict;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.SiteToday;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.SiteService;
import org.vigia.study.Study;
import org.vigia.study.StudyService;

/**
 * Registers subjects at screening and finds them, always within the caller's sites: a subject at a site the caller
 * has no role at is reported as not found (404), so existence does not leak, and the attempt is audited.
 */
@Stateless
public class SubjectService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard access;

    @Inject
    private AuditService audit;

    @Inject
    private StudyService studies;

    @Inject
    private SiteService sites;

    /** Screening: registers a subject at a site of a study. */
    public Subject register(String registryId, Long siteId, String screeningNumber, String sex, Integer birthYear,
                            LocalDate consentDate, LocalDate screenedOn) {
        Study study = studies.getByRegistryId(registryId);
        access.requireRoleAt(study.getId(), siteId, "site " + siteId + " of " + registryId,
                Role.SITE_COORDINATOR, Role.INVESTIGATOR, Role.ADMIN, Role.DATA_MANAGER);
        Long opened = em.createQuery("select count(s) from Study s where s.id = :s", Long.class)
                .setParameter("s", study.getId()).getSingleResult();
        boolean siteInStudy = !em.createNativeQuery("select 1 from study_site where study_id = ? and site_id = ?")
                .setParameter(1, study.getId()).setParameter(2, siteId).getResultList().isEmpty();
        if (opened == 0 || !siteInStudy) {
            throw new InvalidInput("siteId", Text.of(Bundle.SUBJECT, "subject.refused.siteNotInStudy", registryId));
        }
        SiteToday today = sites.today(siteId);
        LocalDate on = screenedOn == null ? today.date() : screenedOn;
        String version = studies.versionOn(study.getId(), on).getDefinitionVersion();
        boolean taken = !em.createQuery("select s.id from Subject s where s.studyId = :st and s.siteId = :si and s.screeningNumber = :n")
                .setParameter("st", study.getId()).setParameter("si", siteId).setParameter("n", screeningNumber)
                .getResultList().isEmpty();
        if (taken) {
            throw new InvalidInput("screeningNumber", Text.of(Bundle.SUBJECT, "subject.refused.screeningNumberUsed", screeningNumber));
        }
        Subject subject = new Subject(study.getId(), siteId, screeningNumber, sex, birthYear, consentDate, on, version,
                today);
        em.persist(subject);
        em.flush();
        audit.recordAll(AuditEntry.of("CREATE", "Subject", subject.getId())
                .scope(study.getId(), siteId, subject.label()).changes(Map.of(), describe(subject)));
        return subject;
    }

    /** A subject the caller may see, or {@link RecordNotFound}. */
    public Subject get(Long subjectId) {
        Subject s = em.find(Subject.class, subjectId);
        if (s == null) {
            throw new RecordNotFound("Subject", subjectId);
        }
        if (!access.canAccess(s.getStudyId(), s.getSiteId())) {
            audit.recordAlways(access.caller(), AuditEntry.of("ACCESS_REFUSED", "Subject", subjectId)
                    .scope(s.getStudyId(), s.getSiteId(), null).reason("no membership at the subject's site"));
            throw new RecordNotFound("Subject", subjectId);
        }
        return s;
    }

    /** Like {@link #get} and checks the version the caller loaded (optimistic concurrency). */
    public Subject getForEdit(Long subjectId, long expectedVersion) {
        Subject s = get(subjectId);
        if (s.getVersion() != expectedVersion) {
            throw new EditConflict(Text.of(Bundle.SUBJECT, "record.subject", s.label()));
        }
        return s;
    }

    public Optional<Subject> findByNumber(Long studyId, String number) {
        return em.createQuery("select s from Subject s where s.studyId = :st and (s.subjectNumber = :n or s.screeningNumber = :n)", Subject.class)
                .setParameter("st", studyId).setParameter("n", number).getResultStream()
                .filter(s -> access.canAccess(s.getStudyId(), s.getSiteId())).findFirst();
    }

    /** The subjects of a study at the caller's sites. */
    public List<Subject> list(Long studyId) {
        access.requireStudy(studyId, "the subjects of study " + studyId);
        Set<Long> sites = access.visibleSiteIds(studyId);
        if (sites == null) {
            return em.createQuery("select s from Subject s where s.studyId = :st order by s.id", Subject.class)
                    .setParameter("st", studyId).getResultList();
        }
        if (sites.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Subject s where s.studyId = :st and s.siteId in :sites order by s.id", Subject.class)
                .setParameter("st", studyId).setParameter("sites", sites).getResultList();
    }

    public static Map<String, Object> describe(Subject s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("screeningNumber", s.getScreeningNumber());
        m.put("subjectNumber", s.getSubjectNumber());
        m.put("sex", s.getSex().code());
        m.put("birthYear", s.getBirthYear());
        m.put("consentDate", s.getConsentDate());
        m.put("screenedOn", s.getScreenedOn());
        m.put("status", s.getStatus());
        m.put("armId", s.getArmId());
        m.put("enrolledOn", s.getEnrolledOn());
        return m;
    }
}
