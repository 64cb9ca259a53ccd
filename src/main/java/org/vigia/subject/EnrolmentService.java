package org.vigia.subject;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.SiteToday;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.Site;
import org.vigia.site.SiteService;
import org.vigia.study.RandomisationAllocation;
import org.vigia.study.StratifiedBlockRandomiser;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.AllocationMethod;
import org.vigia.study.definition.StudyDefinition;

/**
 * Enrols a screened subject: allocates the site-prefixed subject number (unique even when many sites enrol at
 * once: a per-site counter row locked for update) and the arm as the study definition says: the single arm,
 * the cohort the investigator assigns, or the next allocation of the stratified permuted-block list generated
 * server-side from the study's concealed seed (allocations are serialised per study by locking the study row).
 * Every allocation is audited.
 */
@Stateless
public class EnrolmentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SubjectService subjects;

    @Inject
    private StudyService studies;

    @Inject
    private AccessGuard access;

    @Inject
    private AuditService audit;

    @Inject
    private jakarta.enterprise.inject.Instance<EnrolmentCheck> checks;

    @Inject
    private SiteService sites;

    @Inject
    private StrataService strataService;

    /**
     * @param assignedArm the arm or cohort chosen by the investigator (INVESTIGATOR_ASSIGNED studies only)
     * @param strata      stratification factor id → level code (RANDOMISED studies); may be left out for the factors
     *                    derived from the recorded baseline data ({@link StrataService}), and is refused where it
     *                    contradicts them
     */
    public Subject enrol(Long subjectId, long expectedVersion, LocalDate enrolledOn, String assignedArm,
                         Map<String, String> strata) {
        Subject subject = subjects.getForEdit(subjectId, expectedVersion);
        access.requireRoleAt(subject.getStudyId(), subject.getSiteId(), "subject " + subject.label(),
                Role.SITE_COORDINATOR, Role.INVESTIGATOR, Role.ADMIN);
        if (subject.getStatus() != SubjectStatus.SCREENING) {
            throw new InvalidInput(Text.of(Bundle.SUBJECT, "enrol.refused.status", subject.label(), subject.getStatus()));
        }
        SiteToday today = sites.today(subject.getSiteId());
        LocalDate on = enrolledOn == null ? today.date() : enrolledOn;
        today.require("enrolledOn", on);
        checks.forEach(check -> check.beforeEnrolment(subject, on));
        Study study = em.find(Study.class, subject.getStudyId(), LockModeType.PESSIMISTIC_WRITE);
        StudyDefinition def = studies.definition(study.getId(), subject.getDefinitionVersion());
        AllocationMethod method = def.allocation() == null ? AllocationMethod.SINGLE_ARM : def.allocation().method();
        String arm;
        RandomisationAllocation allocation = null;
        switch (method) {
            case SINGLE_ARM -> arm = def.arms().get(0).id();
            case INVESTIGATOR_ASSIGNED -> {
                if (assignedArm == null || def.findArm(assignedArm).isEmpty()) {
                    throw new InvalidInput("arm", Text.of(Bundle.SUBJECT, "enrol.refused.chooseArm", String.valueOf(def.arms().stream().map(a -> a.id() + " (" + a.name() + ")").toList())));
                }
                arm = assignedArm;
            }
            case RANDOMISED -> {
                String stratum;
                try {
                    stratum = StratifiedBlockRandomiser.stratumKey(def, strataService.confirmed(subject, def, strata));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput("strata", e.getMessage());
                }
                Number taken = (Number) em.createNativeQuery(
                        "select count(*) from randomisation_allocation where study_id = ? and stratum_key = ?")
                        .setParameter(1, study.getId()).setParameter(2, stratum).getSingleResult();
                allocation = StratifiedBlockRandomiser.forStudy(def, study.randomisationSeed())
                        .allocationAt(stratum, taken.intValue() + 1);
                arm = allocation.armId();
            }
            default -> throw new IllegalStateException(method.name());
        }
        String number = nextSubjectNumber(subject);
        subject.enrol(number, arm, on);
        if (allocation != null) {
            em.createNativeQuery("insert into randomisation_allocation (study_id, stratum_key, sequence_number, arm_id,"
                            + " block_number, block_size, subject_id, allocated_at, allocated_by) values (?,?,?,?,?,?,?,?,?)")
                    .setParameter(1, study.getId()).setParameter(2, allocation.stratumKey())
                    .setParameter(3, allocation.sequenceNumber()).setParameter(4, allocation.armId())
                    .setParameter(5, allocation.blockNumber()).setParameter(6, allocation.blockSize())
                    .setParameter(7, subject.getId())
                    .setParameter(8, java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(Instant.now(), java.time.ZoneOffset.UTC)))
                    .setParameter(9, String.valueOf(access.caller())).executeUpdate();
            audit.record(AuditEntry.of("RANDOMISE", "Subject", subject.getId())
                    .scope(study.getId(), subject.getSiteId(), number).field("arm", null, arm)
                    .reason("stratum " + allocation.stratumKey() + ", sequence " + allocation.sequenceNumber()));
        }
        audit.recordAll(List.of(
                AuditEntry.of("ENROL", "Subject", subject.getId()).scope(study.getId(), subject.getSiteId(), number)
                        .field("subjectNumber", null, number),
                AuditEntry.of("ENROL", "Subject", subject.getId()).scope(study.getId(), subject.getSiteId(), number)
                        .field("armId", null, arm),
                AuditEntry.of("ENROL", "Subject", subject.getId()).scope(study.getId(), subject.getSiteId(), number)
                        .field("status", SubjectStatus.SCREENING, SubjectStatus.ENROLLED)));
        return subject;
    }

    private String nextSubjectNumber(Subject subject) {
        em.createNativeQuery("insert ignore into subject_number_sequence (study_id, site_id, next_value) values (?, ?, 1)")
                .setParameter(1, subject.getStudyId()).setParameter(2, subject.getSiteId()).executeUpdate();
        Number next = (Number) em.createNativeQuery(
                        "select next_value from subject_number_sequence where study_id = ? and site_id = ? for update")
                .setParameter(1, subject.getStudyId()).setParameter(2, subject.getSiteId()).getSingleResult();
        em.createNativeQuery("update subject_number_sequence set next_value = next_value + 1 where study_id = ? and site_id = ?")
                .setParameter(1, subject.getStudyId()).setParameter(2, subject.getSiteId()).executeUpdate();
        Site site = em.find(Site.class, subject.getSiteId());
        return String.format("%s-%03d", site.getCode(), next.intValue());
    }
}
