package org.vigia.response.assessment;

import org.vigia.subject.VisitAttachmentService;
import org.vigia.subject.VisitProcedures;
import org.vigia.subject.VisitRecord;
import org.vigia.site.SiteService;
import org.vigia.shared.SiteToday;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.followup.FollowUpService;
import org.vigia.response.BaselineFinding;
import org.vigia.response.BestOverallResponseResult;
import org.vigia.response.IrradiatedTargetLesion;
import org.vigia.response.LesionRole;
import org.vigia.response.NewLesions;
import org.vigia.response.NonTargetStatus;
import org.vigia.response.RecistResponse;
import org.vigia.response.ResponseTimeline;
import org.vigia.response.TargetFinding;
import org.vigia.response.TargetLesionSelectionRules;
import org.vigia.response.TimePointResult;
import org.vigia.shared.EditConflict;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.text.Text;
import org.vigia.study.StudyService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;
import org.vigia.subject.StudyPeriod;
import org.vigia.subject.StudyPeriods;

/**
 * Records a subject's RECIST 1.1 tumour assessments and derives the responses: baseline lesions (flagged
 * against {@link TargetLesionSelectionRules} as entered, saved anyway), follow-ups (responses recomputed for
 * every follow-up of the subject on each save, because an edit moves the nadir of the later ones), the
 * investigator's override, and the subject's best overall response with the study's confirmation settings.
 * Every change is audited in the same transaction; an edit needs a reason and the version the caller loaded.
 * Study days count from enrolment (Day 1 = enrolment date). Dates lie in the subject's time in the study
 * ({@link StudyPeriod}): the baseline scan and its lesions' scans as baseline assessments (they may precede consent
 * within the screening window), follow-ups as clinical records (not after death).
 */
@Stateless
public class ResponseService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FollowUpService followUpRecords;

    @Inject
    private VisitAttachmentService visitRecords;

    @Inject
    private SubjectService subjects;

    @Inject
    private StudyService studies;

    @Inject
    private AccessGuard access;

    @Inject
    private AuditService audit;

    @Inject
    private SiteService sites;

    @Inject
    private StudyPeriods periods;

    // ------------------------------------------------------------------------------------------------ reading

    public Optional<TumourAssessment> baseline(Long subjectId) {
        subjects.get(subjectId);
        return findBaseline(subjectId);
    }

    /** The subject's assessments and responses; 404 for a subject the caller may not see. */
    public SubjectResponseHistory history(Long subjectId) {
        Subject subject = subjects.get(subjectId);
        return history(subject, settings(subject));
    }

    /** Per-subject outcome for every subject of a study at the caller's sites (for the DMC report). */
    public List<SubjectResponse> subjectResponses(Long studyId) {
        access.requireStudy(studyId, "study " + studyId);
        return subjects.list(studyId).stream().filter(s -> findBaseline(s.getId()).isPresent())
                .map(s -> history(s, settings(s)).response()).toList();
    }

    /** One follow-up. */
    public TumourAssessment followUp(Long assessmentId) {
        TumourAssessment a = em.find(TumourAssessment.class, assessmentId);
        if (a == null || a.getKind() != TumourAssessment.Kind.FOLLOW_UP) {
            throw new RecordNotFound("Tumour assessment", assessmentId);
        }
        subjects.get(a.getSubjectId());
        return a;
    }

    /**
     * What a follow-up being typed gives, with the nadir and prior CR carried from the subject's other
     * follow-ups (the one being edited left out). Findings that are incomplete count as not assessed.
     */
    public TimePointResult preview(Long subjectId, Long editingId, LocalDate assessedOn, NewLesions newLesions,
                                   List<FindingEntry> findings) {
        Subject subject = subjects.get(subjectId);
        TumourAssessment baseline = findBaseline(subjectId).orElse(null);
        if (baseline == null || !baselineComplete(baseline)) {
            return null;
        }
        ResponseTimeline timeline = timeline(baseline);
        List<TumourAssessment> others = followUps(subjectId).stream().filter(f -> !f.getId().equals(editingId)).toList();
        List<ResponseTimeline.FollowUp> list = new ArrayList<>();
        for (TumourAssessment f : others) {
            list.add(toFollowUp(baseline, f, studyDay(subject, f.getAssessedOn())));
        }
        int day = assessedOn == null || subject.getEnrolledOn() == null ? Integer.MAX_VALUE : studyDay(subject, assessedOn);
        ResponseTimeline.FollowUp typed = new ResponseTimeline.FollowUp(day,
                targetMm(baseline, findings, new FieldErrors()), nonTargets(baseline, findings, new FieldErrors()),
                newLesions == null ? NewLesions.NO : newLesions, null);
        list.add(typed);
        list.sort(Comparator.comparingInt(ResponseTimeline.FollowUp::studyDay));
        int index = list.indexOf(typed);
        return timeline.assess(list.subList(0, index + 1)).get(index).computed();
    }

    // ------------------------------------------------------------------------------------------------ baseline

    /**
     * Records or changes the baseline assessment. Lesions are matched by code: new codes are added, missing
     * codes removed (refused while a follow-up has a finding for them). Selection-rule violations are returned,
     * not refused.
     *
     * @param expectedVersion null to create; the version loaded to change
     * @param reason          required to change an existing baseline
     */
    public List<BaselineFinding> saveBaseline(Long subjectId, Long expectedVersion, LocalDate assessedOn,
                                              List<LesionEntry> lesions, String reason) {
        Subject subject = subjects.get(subjectId);
        requireWriter(subject);
        SiteToday today = sites.today(subject.getSiteId());
        StudyPeriod period = periods.of(subject);
        period.require(StudyPeriod.Kind.BASELINE, "assessedOn", assessedOn);
        AssessmentEntryChecks.requireLesions(lesions, today, period);
        TumourAssessment baseline = findBaseline(subjectId).orElse(null);
        List<AuditEntry> entries = new ArrayList<>();
        if (baseline == null) {
            if (expectedVersion != null) {
                throw new EditConflict("The baseline of " + subject.label());
            }
            baseline = createBaseline(subject, assessedOn, lesions, today, entries);
        } else {
            checkEdit(baseline, expectedVersion, reason, "The baseline of " + subject.label());
            changeBaseline(subject, baseline, assessedOn, lesions, today, entries);
            entries = entries.stream().map(x -> x.reason(reason.trim())).toList();
            em.lock(baseline, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        audit.recordAll(entries);
        em.flush();
        visitRecords.attach(subjectId, VisitRecord.of("TumourAssessment", baseline.getId(), VisitProcedures.TUMOUR_ASSESSMENT, assessedOn));
        recompute(subject, baseline);
        return findings(baseline);
    }

    private TumourAssessment createBaseline(Subject subject, LocalDate assessedOn, List<LesionEntry> lesions,
                                            SiteToday today, List<AuditEntry> entries) {
        TumourAssessment baseline = new TumourAssessment(TumourAssessment.Kind.BASELINE, subject.getId(),
                subject.getStudyId(), subject.getSiteId(), assessedOn, access.caller(), today);
        em.persist(baseline);
        int ordinal = 0;
        for (LesionEntry e : lesions) {
            baseline.lesionList().add(new TumourLesion(baseline, e, ordinal++));
        }
        em.flush();
        entries.add(entry("CREATE", baseline, subject).field("assessedOn", null, assessedOn));
        for (TumourLesion l : baseline.lesionList()) {
            entries.addAll(lesionEntry("CREATE", l, subject).changes(Map.of(), prefixed(l)));
        }
        return baseline;
    }

    /** Redates the baseline and matches its lesions by code: changed, added, removed (unless a follow-up uses it). */
    private void changeBaseline(Subject subject, TumourAssessment baseline, LocalDate assessedOn,
                                List<LesionEntry> lesions, SiteToday today, List<AuditEntry> entries) {
        if (!baseline.getAssessedOn().equals(assessedOn)) {
            entries.add(entry("UPDATE", baseline, subject).field("assessedOn", baseline.getAssessedOn(), assessedOn));
            baseline.redate(assessedOn, today);
        }
        Set<String> codes = new HashSet<>();
        int ordinal = 0;
        for (LesionEntry e : lesions) {
            codes.add(e.code());
            Optional<TumourLesion> existing = baseline.lesion(e.code());
            if (existing.isPresent()) {
                Map<String, Object> before = prefixed(existing.get());
                existing.get().update(e, ordinal++);
                entries.addAll(lesionEntry("UPDATE", existing.get(), subject).changes(before, prefixed(existing.get())));
            } else {
                TumourLesion added = new TumourLesion(baseline, e, ordinal++);
                baseline.lesionList().add(added);
                em.flush();
                entries.addAll(lesionEntry("CREATE", added, subject).changes(Map.of(), prefixed(added)));
            }
        }
        for (TumourLesion removed : baseline.lesionList().stream().filter(l -> !codes.contains(l.getCode())).toList()) {
            Long used = em.createQuery("select count(m) from TumourMeasurement m where m.lesion = :l", Long.class)
                    .setParameter("l", removed).getSingleResult();
            if (used > 0) {
                throw new InvalidInput("lesions", text("resp.refused.lesionInUse", removed.getCode()));
            }
            entries.addAll(lesionEntry("DELETE", removed, subject).changes(prefixed(removed), nulls(prefixed(removed))));
            baseline.lesionList().remove(removed);
        }
    }

    /** The selection-rule findings of a baseline (RECIST 1.1 sections 3.1 to 3.3). */
    public List<BaselineFinding> findings(TumourAssessment baseline) {
        return new TargetLesionSelectionRules().check(
                baseline.lesionList().stream().map(TumourLesion::toBaselineLesion).toList());
    }

    // ------------------------------------------------------------------------------------------------ follow-ups

    /**
     * Records a new follow-up ({@code assessmentId} null) or changes one (version and reason required).
     * Returns the saved assessment; its responses are recomputed with every other follow-up of the subject.
     */
    public TumourAssessment saveFollowUp(Long subjectId, Long assessmentId, Long expectedVersion, LocalDate assessedOn,
                                         NewLesions newLesions, List<FindingEntry> findings, String reason) {
        Subject subject = subjects.get(subjectId);
        requireWriter(subject);
        TumourAssessment baseline = requireFollowUpsAllowed(subject);
        Map<String, TumourLesion> lesions = new LinkedHashMap<>();
        baseline.lesionList().forEach(l -> lesions.put(l.getCode(), l));
        Map<String, FindingEntry> parsed = checkFollowUp(subject, baseline, assessmentId, assessedOn, newLesions,
                lesions, findings);

        TumourAssessment followUp;
        Map<String, Object> before;
        String action;
        if (assessmentId == null) {
            followUp = new TumourAssessment(TumourAssessment.Kind.FOLLOW_UP, subjectId, subject.getStudyId(),
                    subject.getSiteId(), assessedOn, access.caller(), sites.today(subject.getSiteId()));
            em.persist(followUp);
            before = Map.of();
            action = "CREATE";
        } else {
            followUp = followUp(assessmentId);
            if (!followUp.getSubjectId().equals(subjectId)) {
                throw new RecordNotFound("Tumour assessment", assessmentId);
            }
            checkEdit(followUp, expectedVersion, reason, "This follow-up");
            before = describe(followUp);
            followUp.redate(assessedOn, sites.today(subject.getSiteId()));
            action = "UPDATE";
        }
        followUp.recordNewLesions(newLesions);
        recordFindings(followUp, lesions.values(), parsed);
        if (assessmentId != null) {
            em.lock(followUp, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        em.flush();
        List<AuditEntry> entries = entry(action, followUp, subject).changes(before, describe(followUp));
        if (assessmentId != null) {
            entries = entries.stream().map(e -> e.reason(reason.trim())).toList();
        }
        audit.recordAll(entries);
        visitRecords.attach(subjectId, VisitRecord.of("TumourAssessment", followUp.getId(), VisitProcedures.TUMOUR_ASSESSMENT, assessedOn));
        if (assessmentId != null) {
            followUpRecords.scanRedated(subjectId, followUp.getId(), assessedOn, reason.trim());
        }
        recompute(subject, baseline);
        return followUp;
    }

    /** The subject's complete baseline, refusing a follow-up without one or before enrolment. */
    private TumourAssessment requireFollowUpsAllowed(Subject subject) {
        TumourAssessment baseline = findBaseline(subject.getId()).orElseThrow(() ->
                new InvalidInput(text("resp.refused.noBaseline")));
        if (!baselineComplete(baseline)) {
            throw new InvalidInput(text("resp.refused.baselineIncomplete"));
        }
        if (subject.getEnrolledOn() == null) {
            throw new InvalidInput(text("resp.refused.notEnrolled", subject.label()));
        }
        return baseline;
    }

    /** The follow-up's date, new lesions and findings checked; the valid findings by lesion code. */
    private Map<String, FindingEntry> checkFollowUp(Subject subject, TumourAssessment baseline, Long assessmentId,
                                                    LocalDate assessedOn, NewLesions newLesions,
                                                    Map<String, TumourLesion> lesions, List<FindingEntry> findings) {
        FieldErrors errors = new FieldErrors();
        errors.require(assessedOn != null, "assessedOn", text("resp.required.assessedOn"));
        errors.require(assessedOn == null || assessedOn.isAfter(baseline.getAssessedOn()), "assessedOn",
                text("resp.refused.beforeBaseline", baseline.getAssessedOn()));
        errors.require(assessedOn == null || !assessedOn.isBefore(subject.getEnrolledOn()), "assessedOn",
                text("resp.refused.beforeEnrolment", subject.getEnrolledOn()));
        periods.of(subject).check(errors, StudyPeriod.Kind.CLINICAL, "assessedOn", assessedOn);
        errors.require(newLesions != null, "newLesions", text("resp.required.newLesions"));
        boolean sameDay = followUps(subject.getId()).stream().anyMatch(f -> !f.getId().equals(assessmentId)
                && f.getAssessedOn().equals(assessedOn));
        errors.require(!sameDay, "assessedOn", text("resp.refused.sameDay", String.valueOf(assessedOn)));
        Map<String, FindingEntry> parsed = AssessmentEntryChecks.parseFindings(lesions, findings, errors);
        errors.throwIfAny();
        return parsed;
    }

    /** One measurement per baseline lesion: the finding typed, else not assessed / not evaluated. */
    private static void recordFindings(TumourAssessment followUp, java.util.Collection<TumourLesion> lesions,
                                       Map<String, FindingEntry> parsed) {
        for (TumourLesion lesion : lesions) {
            FindingEntry f = parsed.get(lesion.getCode());
            String finding = f != null ? f.finding() : lesion.isTarget() ? TargetFinding.NOT_ASSESSED.name()
                    : NonTargetStatus.NOT_EVALUATED.name();
            BigDecimal mm = f == null ? null : f.diameterMm();
            Optional<TumourMeasurement> existing = followUp.measurementOf(lesion);
            if (existing.isPresent()) {
                existing.get().record(finding, mm);
            } else {
                followUp.measurementList().add(new TumourMeasurement(followUp, lesion, finding, mm));
            }
        }
    }

    /**
     * The investigator's overall response for a follow-up, with the reason (audited); {@code response} null
     * removes the override. Only an investigator at the subject's site may do this.
     */
    public TumourAssessment overrideResponse(Long assessmentId, Long expectedVersion, RecistResponse response, String reason) {
        TumourAssessment followUp = followUp(assessmentId);
        Subject subject = subjects.get(followUp.getSubjectId());
        access.requireRoleAt(subject.getStudyId(), subject.getSiteId(), "the response of subject " + subject.label(),
                Role.INVESTIGATOR);
        if (expectedVersion == null || followUp.getVersion() != expectedVersion) {
            throw new EditConflict("This follow-up");
        }
        RecistResponse old = followUp.getOverrideResponse();
        followUp.override(response, reason, access.caller());
        audit.record(entry("OVERRIDE_RESPONSE", followUp, subject).field("overallResponse",
                old != null ? old : followUp.getComputedResponse(),
                response != null ? response : followUp.getComputedResponse()).reason(reason.trim()));
        em.flush();
        recompute(subject, findBaseline(subject.getId()).orElseThrow());
        return followUp;
    }

    // ------------------------------------------------------------------------------------------------ deriving

    /** The history of a subject already loaded with access checked. */
    public SubjectResponseHistory history(Subject subject, ResponseSettings settings) {
        TumourAssessment baseline = findBaseline(subject.getId()).orElse(null);
        List<TumourAssessment> followUps = followUps(subject.getId());
        List<SubjectResponseHistory.TimePointRow> rows = new ArrayList<>();
        if (baseline != null && baselineComplete(baseline) && subject.getEnrolledOn() != null && !followUps.isEmpty()) {
            List<ResponseTimeline.FollowUp> list = new ArrayList<>();
            for (TumourAssessment f : followUps) {
                list.add(toFollowUp(baseline, f, studyDay(subject, f.getAssessedOn())));
            }
            List<ResponseTimeline.TimePoint> points = timeline(baseline).assess(list);
            for (int i = 0; i < points.size(); i++) {
                ResponseTimeline.TimePoint p = points.get(i);
                rows.add(new SubjectResponseHistory.TimePointRow(followUps.get(i), p.studyDay(), p.computed(), p.overallResponse()));
            }
        }
        BestOverallResponseResult bor = new org.vigia.response.BestOverallResponseCalculator().evaluate(
                new org.vigia.response.BestOverallResponseInput(rows.stream()
                        .map(r -> new org.vigia.response.TimePointAssessment(r.studyDay(), r.overallResponse())).toList(),
                        settings.confirmationRequired(), settings.confirmationMinDays(), settings.stableDiseaseMinDays()));
        SubjectResponse response = new SubjectResponse(subject.getId(), subject.label(), subject.getSiteId(),
                subject.getArmId(), subject.getEnrolledOn(), rows.size(), bor.bestOverallResponse(),
                date(subject, bor.firstResponseStudyDay()), date(subject, bor.progressionStudyDay()),
                date(subject, bor.lastEvaluableStudyDay()), bor.durationOfResponseDays(), bor.durationOfResponseCensored());
        return new SubjectResponseHistory(baseline, baseline == null ? List.of() : findings(baseline), rows, response, settings);
    }

    /** Inputs of the irradiation-group calculator for one subject; empty when the baseline is incomplete. */
    public List<IrradiatedTargetLesion> irradiatedTargets(TumourAssessment baseline) {
        if (baseline == null || !baselineComplete(baseline)) {
            return List.of();
        }
        return baseline.lesionList().stream().filter(TumourLesion::isTarget)
                .map(l -> new IrradiatedTargetLesion(l.getCode(), l.isNodal(), l.getIrradiation(), l.getDiameterMm()))
                .toList();
    }

    /** The confirmation settings of the subject's definition version. */
    public ResponseSettings settings(Subject subject) {
        return ResponseSettings.of(studies.definition(subject.getStudyId(), subject.getDefinitionVersion())
                .responseAssessment());
    }

    /** The baseline of a subject, without an access check (callers have checked it). */
    public Optional<TumourAssessment> findBaseline(Long subjectId) {
        return em.createQuery("select a from TumourAssessment a where a.subjectId = :s and a.kind = :k", TumourAssessment.class)
                .setParameter("s", subjectId).setParameter("k", TumourAssessment.Kind.BASELINE)
                .getResultStream().findFirst();
    }

    /** The follow-ups of a subject by date, without an access check. */
    public List<TumourAssessment> followUps(Long subjectId) {
        return em.createQuery("select a from TumourAssessment a where a.subjectId = :s and a.kind = :k"
                        + " order by a.assessedOn", TumourAssessment.class)
                .setParameter("s", subjectId).setParameter("k", TumourAssessment.Kind.FOLLOW_UP).getResultList();
    }

    static int studyDay(Subject subject, LocalDate date) {
        return (int) ChronoUnit.DAYS.between(subject.getEnrolledOn(), date) + 1;
    }

    private static LocalDate date(Subject subject, Integer studyDay) {
        return studyDay == null ? null : subject.getEnrolledOn().plusDays(studyDay - 1L);
    }

    static boolean baselineComplete(TumourAssessment baseline) {
        return !baseline.lesionList().isEmpty() && baseline.lesionList().stream().filter(TumourLesion::isTarget)
                .allMatch(l -> l.getDiameterMm() != null && l.getDiameterMm().signum() > 0);
    }

    static ResponseTimeline timeline(TumourAssessment baseline) {
        List<IrradiatedTargetLesion> targets = baseline.lesionList().stream().filter(TumourLesion::isTarget)
                .map(l -> new IrradiatedTargetLesion(l.getCode(), l.isNodal(), l.getIrradiation(), l.getDiameterMm()))
                .toList();
        List<ResponseTimeline.NonTargetLesion> nonTargets = baseline.lesionList().stream().filter(l -> !l.isTarget())
                .map(l -> new ResponseTimeline.NonTargetLesion(l.getCode(), l.isNodal())).toList();
        return new ResponseTimeline(targets, nonTargets);
    }

    static ResponseTimeline.FollowUp toFollowUp(TumourAssessment baseline, TumourAssessment f, int studyDay) {
        List<FindingEntry> entries = f.measurementList().stream()
                .map(m -> new FindingEntry(m.getLesion().getCode(), m.getFinding(), m.getDiameterMm())).toList();
        return new ResponseTimeline.FollowUp(studyDay, targetMm(baseline, entries, new FieldErrors()),
                nonTargets(baseline, entries, new FieldErrors()), f.getNewLesions(), f.getOverrideResponse());
    }

    /** The target diameters that count in the sum, by lesion code (invalid rows: not assessed). */
    static Map<String, BigDecimal> targetMm(TumourAssessment baseline, List<FindingEntry> entries, FieldErrors errors) {
        Map<String, TumourLesion> lesions = new HashMap<>();
        baseline.lesionList().forEach(l -> lesions.put(l.getCode(), l));
        Map<String, BigDecimal> mm = new HashMap<>();
        AssessmentEntryChecks.parseFindings(lesions, entries, errors).forEach((code, f) -> {
            if (lesions.get(code).isTarget()) {
                BigDecimal value = TargetFinding.valueOf(f.finding()).sumValue(f.diameterMm());
                if (value != null) {
                    mm.put(code, value);
                }
            }
        });
        return mm;
    }

    static Map<String, ResponseTimeline.NonTargetFinding> nonTargets(TumourAssessment baseline, List<FindingEntry> entries,
                                                                    FieldErrors errors) {
        Map<String, TumourLesion> lesions = new HashMap<>();
        baseline.lesionList().forEach(l -> lesions.put(l.getCode(), l));
        Map<String, ResponseTimeline.NonTargetFinding> map = new HashMap<>();
        AssessmentEntryChecks.parseFindings(lesions, entries, errors).forEach((code, f) -> {
            if (!lesions.get(code).isTarget()) {
                map.put(code, new ResponseTimeline.NonTargetFinding(NonTargetStatus.valueOf(f.finding()),
                        lesions.get(code).isNodal() ? f.diameterMm() : null));
            }
        });
        return map;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Stores the computed responses of every follow-up of the subject (an edit changes the later nadirs). */
    private void recompute(Subject subject, TumourAssessment baseline) {
        if (!baselineComplete(baseline) || subject.getEnrolledOn() == null) {
            return;
        }
        List<TumourAssessment> followUps = followUps(subject.getId());
        List<ResponseTimeline.FollowUp> list = new ArrayList<>();
        for (TumourAssessment f : followUps) {
            list.add(toFollowUp(baseline, f, studyDay(subject, f.getAssessedOn())));
        }
        List<ResponseTimeline.TimePoint> points = timeline(baseline).assess(list);
        for (int i = 0; i < points.size(); i++) {
            followUps.get(i).recordComputed(points.get(i).computed());
        }
    }

    private void requireWriter(Subject subject) {
        access.requireRoleAt(subject.getStudyId(), subject.getSiteId(), "tumour assessments of subject " + subject.label(),
                Role.SITE_COORDINATOR, Role.INVESTIGATOR, Role.ADMIN);
    }

    private static void checkEdit(TumourAssessment a, Long expectedVersion, String reason, String what) {
        if (expectedVersion == null || a.getVersion() != expectedVersion) {
            throw new EditConflict(what);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", text("resp.required.reason"));
        }
    }

    private static AuditEntry lesionEntry(String action, TumourLesion l, Subject s) {
        return AuditEntry.of(action, "TumourLesion", l.getId()).scope(s.getStudyId(), s.getSiteId(), s.label());
    }

    private static Text text(String key, Object... args) {
        return AssessmentEntryChecks.text(key, args);
    }

    private static AuditEntry entry(String action, TumourAssessment a, Subject s) {
        return AuditEntry.of(action, "TumourAssessment", a.getId()).scope(s.getStudyId(), s.getSiteId(), s.label());
    }

    private static Map<String, Object> prefixed(TumourLesion l) {
        Map<String, Object> m = new LinkedHashMap<>();
        l.describe().forEach((k, v) -> m.put(l.getCode() + "." + k, v));
        return m;
    }

    private static Map<String, Object> nulls(Map<String, Object> m) {
        Map<String, Object> n = new LinkedHashMap<>();
        m.keySet().forEach(k -> n.put(k, null));
        return n;
    }

    private static Map<String, Object> describe(TumourAssessment f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assessedOn", f.getAssessedOn());
        m.put("newLesions", f.getNewLesions());
        f.measurementList().stream().sorted(Comparator.comparingInt(x -> x.getLesion().getOrdinal()))
                .forEach(x -> m.put(x.getLesion().getCode(), x.text()));
        return m;
    }
}
