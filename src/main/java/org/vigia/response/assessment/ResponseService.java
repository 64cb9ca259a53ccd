package org.vigia.response.assessment;

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
import org.vigia.study.StudyService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Records a subject's RECIST 1.1 tumour assessments and derives the responses: baseline lesions (flagged
 * against {@link TargetLesionSelectionRules} as entered, saved anyway), follow-ups (responses recomputed for
 * every follow-up of the subject on each save, because an edit moves the nadir of the later ones), the
 * investigator's override, and the subject's best overall response with the study's confirmation settings.
 * Every change is audited in the same transaction; an edit needs a reason and the version the caller loaded.
 * Study days count from enrolment (Day 1 = enrolment date).
 */
@Stateless
public class ResponseService {

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
    private SiteService sites;

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
        validateLesions(lesions, today);
        TumourAssessment baseline = findBaseline(subjectId).orElse(null);
        String label = subject.label();
        List<AuditEntry> entries = new ArrayList<>();
        if (baseline == null) {
            if (expectedVersion != null) {
                throw new EditConflict("The baseline of " + label);
            }
            baseline = new TumourAssessment(TumourAssessment.Kind.BASELINE, subjectId, subject.getStudyId(),
                    subject.getSiteId(), assessedOn, access.caller(), today);
            em.persist(baseline);
            int ordinal = 0;
            for (LesionEntry e : lesions) {
                baseline.lesionList().add(new TumourLesion(baseline, e, ordinal++));
            }
            em.flush();
            entries.add(entry("CREATE", baseline, subject).field("assessedOn", null, assessedOn));
            for (TumourLesion l : baseline.lesionList()) {
                entries.addAll(AuditEntry.of("CREATE", "TumourLesion", l.getId())
                        .scope(subject.getStudyId(), subject.getSiteId(), label).changes(Map.of(), prefixed(l)));
            }
        } else {
            checkEdit(baseline, expectedVersion, reason, "The baseline of " + label);
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
                    entries.addAll(AuditEntry.of("UPDATE", "TumourLesion", existing.get().getId())
                            .scope(subject.getStudyId(), subject.getSiteId(), label).changes(before, prefixed(existing.get())));
                } else {
                    TumourLesion added = new TumourLesion(baseline, e, ordinal++);
                    baseline.lesionList().add(added);
                    em.flush();
                    entries.addAll(AuditEntry.of("CREATE", "TumourLesion", added.getId())
                            .scope(subject.getStudyId(), subject.getSiteId(), label).changes(Map.of(), prefixed(added)));
                }
            }
            for (TumourLesion removed : baseline.lesionList().stream().filter(l -> !codes.contains(l.getCode())).toList()) {
                Long used = em.createQuery("select count(m) from TumourMeasurement m where m.lesion = :l", Long.class)
                        .setParameter("l", removed).getSingleResult();
                if (used > 0) {
                    throw new InvalidInput("lesions", "Lesion " + removed.getCode()
                            + " has follow-up findings and cannot be removed from the baseline.");
                }
                entries.addAll(AuditEntry.of("DELETE", "TumourLesion", removed.getId())
                        .scope(subject.getStudyId(), subject.getSiteId(), label).changes(prefixed(removed), nulls(prefixed(removed))));
                baseline.lesionList().remove(removed);
            }
            entries = entries.stream().map(a -> a.reason(reason.trim())).toList();
            em.lock(baseline, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        audit.recordAll(entries);
        em.flush();
        recompute(subject, baseline);
        return findings(baseline);
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
        TumourAssessment baseline = findBaseline(subjectId).orElseThrow(() ->
                new InvalidInput("Record the baseline tumour assessment first."));
        if (!baselineComplete(baseline)) {
            throw new InvalidInput("Every target lesion of the baseline needs a diameter above 0 mm before follow-ups.");
        }
        if (subject.getEnrolledOn() == null) {
            throw new InvalidInput("Subject " + subject.label() + " is not enrolled: follow-ups count from enrolment.");
        }
        FieldErrors errors = new FieldErrors();
        errors.require(assessedOn != null, "assessedOn", "The assessment date is required.");
        errors.require(assessedOn == null || assessedOn.isAfter(baseline.getAssessedOn()), "assessedOn",
                "A follow-up must be after the baseline assessment (" + baseline.getAssessedOn() + ").");
        errors.require(assessedOn == null || !assessedOn.isBefore(subject.getEnrolledOn()), "assessedOn",
                "A follow-up cannot be before enrolment (" + subject.getEnrolledOn() + ").");
        errors.require(newLesions != null, "newLesions", "Say whether new lesions were seen (NO, EQUIVOCAL or YES).");
        boolean sameDay = followUps(subjectId).stream().anyMatch(f -> !f.getId().equals(assessmentId)
                && f.getAssessedOn().equals(assessedOn));
        errors.require(!sameDay, "assessedOn", "There is already a follow-up on " + assessedOn + ".");
        Map<String, TumourLesion> lesions = new LinkedHashMap<>();
        baseline.lesionList().forEach(l -> lesions.put(l.getCode(), l));
        Map<String, FindingEntry> parsed = parseFindings(lesions, findings, errors);
        errors.throwIfAny();

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
        for (TumourLesion lesion : lesions.values()) {
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
        if (assessmentId != null) {
            em.lock(followUp, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        em.flush();
        List<AuditEntry> entries = entry(action, followUp, subject).changes(before, describe(followUp));
        if (assessmentId != null) {
            entries = entries.stream().map(e -> e.reason(reason.trim())).toList();
        }
        audit.recordAll(entries);
        recompute(subject, baseline);
        return followUp;
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
        parseFindings(lesions, entries, errors).forEach((code, f) -> {
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
        parseFindings(lesions, entries, errors).forEach((code, f) -> {
            if (!lesions.get(code).isTarget()) {
                map.put(code, new ResponseTimeline.NonTargetFinding(NonTargetStatus.valueOf(f.finding()),
                        lesions.get(code).isNodal() ? f.diameterMm() : null));
            }
        });
        return map;
    }

    /** The valid findings by lesion code; every problem goes to {@code errors} under {@code findings.<code>}. */
    static Map<String, FindingEntry> parseFindings(Map<String, TumourLesion> lesions, List<FindingEntry> entries,
                                                   FieldErrors errors) {
        Map<String, FindingEntry> valid = new LinkedHashMap<>();
        for (FindingEntry e : entries == null ? List.<FindingEntry>of() : entries) {
            if (e == null || e.lesion() == null || !lesions.containsKey(e.lesion())) {
                errors.require(false, "findings", "Unknown lesion " + (e == null ? null : e.lesion())
                        + ": use the codes of the baseline lesions " + lesions.keySet() + ".");
                continue;
            }
            String field = "findings." + e.lesion();
            TumourLesion lesion = lesions.get(e.lesion());
            if (e.finding() == null) {
                continue;
            }
            if (e.diameterMm() != null && e.diameterMm().signum() < 0) {
                errors.require(false, field, "Lesion " + e.lesion() + ": a diameter cannot be negative.");
                continue;
            }
            if (lesion.isTarget()) {
                TargetFinding finding;
                try {
                    finding = TargetFinding.valueOf(e.finding());
                } catch (IllegalArgumentException x) {
                    errors.require(false, field, "Target lesion " + e.lesion() + ": the finding is one of MEASURED,"
                            + " TOO_SMALL, DISAPPEARED, NOT_ASSESSED.");
                    continue;
                }
                if (finding == TargetFinding.MEASURED && e.diameterMm() == null) {
                    errors.require(false, field, "Target lesion " + e.lesion() + ": enter the measured diameter.");
                    continue;
                }
                valid.put(e.lesion(), new FindingEntry(e.lesion(), finding.name(),
                        finding == TargetFinding.MEASURED ? e.diameterMm() : null));
            } else {
                NonTargetStatus status;
                try {
                    status = NonTargetStatus.valueOf(e.finding());
                } catch (IllegalArgumentException x) {
                    errors.require(false, field, "Non-target lesion " + e.lesion() + ": the status is one of PRESENT,"
                            + " ABSENT, NOT_EVALUATED, UNEQUIVOCAL_PROGRESSION.");
                    continue;
                }
                BigDecimal axis = lesion.isNodal() ? e.diameterMm() : null;
                if (lesion.isNodal() && status == NonTargetStatus.ABSENT && axis != null && axis.compareTo(BigDecimal.TEN) >= 0) {
                    errors.require(false, field, "Node " + e.lesion() + " is recorded absent but measures 10 mm or more.");
                    continue;
                }
                valid.put(e.lesion(), new FindingEntry(e.lesion(), status.name(), axis));
            }
        }
        return valid;
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
            throw new InvalidInput("reason", "Give the reason for the change.");
        }
    }

    private static void validateLesions(List<LesionEntry> lesions, SiteToday today) {
        FieldErrors errors = new FieldErrors();
        errors.require(lesions != null && !lesions.isEmpty(), "lesions", "Record at least one lesion.");
        Set<String> codes = new HashSet<>();
        for (LesionEntry l : lesions == null ? List.<LesionEntry>of() : lesions) {
            if (l == null) {
                continue;
            }
            String f = "lesions." + l.code();
            errors.require(l.code() != null && l.code().matches("[A-Za-z0-9]{1,16}"), "lesions",
                    "A lesion code is 1-16 letters or digits (T1, NT1...).");
            errors.require(l.code() == null || codes.add(l.code()), f, "Lesion code " + l.code() + " is used twice.");
            errors.require(l.role() != null, f, "Lesion " + l.code() + ": target or non-target?");
            errors.require(l.organ() != null, f, "Lesion " + l.code() + ": the organ is required.");
            errors.require(l.method() != null, f, "Lesion " + l.code() + ": the imaging method is required.");
            errors.require(l.irradiation() != null, f, "Lesion " + l.code() + ": the irradiation status is required.");
            errors.require(l.diameterMm() == null || l.diameterMm().signum() >= 0, f,
                    "Lesion " + l.code() + ": a diameter cannot be negative.");
            errors.require(l.role() != LesionRole.TARGET || l.diameterMm() != null && l.diameterMm().signum() > 0, f,
                    "Target lesion " + l.code() + ": enter its baseline diameter.");
            errors.require(today.allows(l.scannedOn()), f,
                    "Lesion " + l.code() + ": " + today.future("scannedOn", l.scannedOn()));
        }
        errors.throwIfAny();
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
