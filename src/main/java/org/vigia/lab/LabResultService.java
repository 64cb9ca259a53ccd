package org.vigia.lab;

import org.vigia.subject.VisitAttachmentService;
import org.vigia.subject.VisitProcedures;
import org.vigia.subject.VisitRecord;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;
import org.vigia.subject.StudyPeriod;
import org.vigia.subject.StudyPeriods;
import org.vigia.terminology.LabTest;

/**
 * Records lab results for subjects: checks the unit against the test, the value against the test's plausible
 * limits ({@link LabTest#isPlausible}) and the stored precision (6 decimals, never rounded), the collection date
 * against the subject's time in the study ({@link StudyPeriod}: not in the future at the site, not before consent
 * except a baseline result within the screening window, not after death), converts to the canonical unit, attaches
 * the normal range that applies (site, sex, age), grades it by CTCAE ({@link LabResultGrading}), audits, and fires
 * {@link LabResultRecorded}.
 */
@Stateless
public class LabResultService {

    /** Decimals of a stored lab value ({@code lab_result.value DECIMAL(18, 6)}). */
    static final int VALUE_DECIMALS = 6;

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
    private Event<LabResultRecorded> recorded;

    @Inject
    private LabResultGrading grading;

    @Inject
    private StudyPeriods periods;

    public LabResult record(Long subjectId, LabTest test, LocalDate collectedOn, String visitCode, BigDecimal value,
                            String unit, boolean baseline) {
        Subject subject = subjects.get(subjectId);
        access.requireRoleAt(subject.getStudyId(), subject.getSiteId(), "subject " + subject.label(),
                Role.SITE_COORDINATOR, Role.INVESTIGATOR, Role.DATA_MANAGER, Role.ADMIN);
        if (test == null) {
            throw new InvalidInput("test", Text.of(Bundle.SUBJECT, "lab.refused.chooseTest"));
        }
        if (value == null) {
            throw new InvalidInput("value", Text.of(Bundle.SUBJECT, "lab.refused.numeric"));
        }
        if (value.signum() < 0) {
            throw new InvalidInput("value", Text.of(Bundle.SUBJECT, "lab.refused.negative"));
        }
        if (!test.accepts(unit)) {
            throw new InvalidInput("unit", Text.of(Bundle.SUBJECT, "lab.refused.unit", unit, test.displayName(), String.valueOf(test.units())));
        }
        if (value.stripTrailingZeros().scale() > VALUE_DECIMALS) {
            throw new InvalidInput("value", Text.of(Bundle.SUBJECT, "lab.refused.decimals", value.toPlainString(), VALUE_DECIMALS, VALUE_DECIMALS));
        }
        if (!test.isPlausible(value, unit)) {
            throw new InvalidInput("value", Text.of(Bundle.SUBJECT, "lab.refused.implausible", value.stripTrailingZeros().toPlainString(), unit, test.displayName(), test.plausibleRange(unit)));
        }
        if (collectedOn == null) {
            throw new InvalidInput("collectedOn", Text.of(Bundle.SUBJECT, "lab.refused.collectedOnRequired"));
        }
        periods.of(subject).require(baseline ? StudyPeriod.Kind.BASELINE : StudyPeriod.Kind.CLINICAL, "collectedOn",
                collectedOn);
        Optional<NormalRange> range = normalRange(subject, test, collectedOn);
        BigDecimal lln = range.map(r -> convert(test, r.getLln(), r.getUnit(), unit)).orElse(null);
        BigDecimal uln = range.map(r -> convert(test, r.getUln(), r.getUnit(), unit)).orElse(null);
        LabResult result = new LabResult(subjectId, test, collectedOn, visitCode, value, unit, lln, uln, baseline);
        em.persist(result);
        em.flush();
        visitRecords.attach(subjectId, VisitRecord.of("LabResult", result.getId(), VisitProcedures.LABS, collectedOn).picked(visitCode));
        Optional<LabResult> baselineResult = baseline ? Optional.empty()
                : baseline(subjectId, test).filter(b -> !b.getId().equals(result.getId()));
        List<LabResultRecorded.GradedTerm> grades = grading.grade(result, baselineResult);
        recorded.fire(new LabResultRecorded(result.getId(), subjectId, collectedOn, baseline, grades,
                subject.getStudyId(), subject.getSiteId(), subject.label()));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("test", test.name());
        fields.put("collectedOn", collectedOn);
        fields.put("value", value);
        fields.put("unit", unit);
        fields.put("baseline", baseline);
        fields.put("ctcaeGrade", result.getCtcaeGrade());
        audit.recordAll(AuditEntry.of("CREATE", "LabResult", result.getId())
                .scope(subject.getStudyId(), subject.getSiteId(), subject.label()).changes(Map.of(), fields));
        return result;
    }

    public List<LabResult> forSubject(Long subjectId) {
        subjects.get(subjectId);
        return em.createQuery("select l from LabResult l where l.subjectId = :s order by l.collectedOn desc, l.id desc", LabResult.class)
                .setParameter("s", subjectId).getResultList();
    }

    /** The latest result of each test on or before a date (for gates and eligibility). */
    public Map<LabTest, LabValue> latestOnOrBefore(Long subjectId, LocalDate date) {
        Map<LabTest, LabValue> latest = new LinkedHashMap<>();
        em.createQuery("select l from LabResult l where l.subjectId = :s and l.collectedOn <= :d order by l.collectedOn desc, l.id desc", LabResult.class)
                .setParameter("s", subjectId).setParameter("d", date).getResultList()
                .forEach(l -> latest.putIfAbsent(l.getTest(), LabValue.of(l)));
        return latest;
    }

    /** The subject's baseline result of a test: the latest flagged baseline, else the latest before enrolment. */
    public Optional<LabResult> baseline(Long subjectId, LabTest test) {
        return em.createQuery("select l from LabResult l where l.subjectId = :s and l.test = :t and l.baseline = true order by l.collectedOn desc, l.id desc", LabResult.class)
                .setParameter("s", subjectId).setParameter("t", test).setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<NormalRange> normalRange(Subject subject, LabTest test, LocalDate on) {
        int age = subject.ageOn(on);
        return em.createQuery("select r from NormalRange r where r.test = :t and (r.siteId is null or r.siteId = :site)", NormalRange.class)
                .setParameter("t", test).setParameter("site", subject.getSiteId()).getResultList().stream()
                .filter(r -> r.matches(subject.getSiteId(), subject.getSex().code(), age))
                .max(Comparator.comparingInt(NormalRange::specificity));
    }

    private static BigDecimal convert(LabTest test, BigDecimal v, String from, String to) {
        return v == null ? null : test.convert(v, from, to).stripTrailingZeros();
    }
}
