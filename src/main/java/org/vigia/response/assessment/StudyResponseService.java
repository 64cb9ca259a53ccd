package org.vigia.response.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.response.BestOverallResponseCalculator;
import org.vigia.response.BestOverallResponseInput;
import org.vigia.response.IrradiatedTargetLesion;
import org.vigia.response.IrradiationGroupResponseCalculator;
import org.vigia.response.IrradiationStatus;
import org.vigia.response.RecistResponse;
import org.vigia.response.ResponseRate;
import org.vigia.response.ResponseRateCalculator;
import org.vigia.response.TargetLesionFollowUp;
import org.vigia.response.TimePointAssessment;
import org.vigia.shared.stats.ExactBinomialInterval;
import org.vigia.study.AnchorDates;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.VisitScheduleCalculator;
import org.vigia.study.definition.FixedTimePoint;
import org.vigia.study.definition.ResponseAssessmentSettings;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Study-level response endpoints (issue 6): ORR and DCR with exact 95% intervals, ORR at the study's fixed time
 * point, and ORR restricted to the target lesions of each irradiation group (NCT06494995), over the subjects
 * with a baseline tumour assessment at the caller's sites.
 * <ul>
 *   <li>Denominator: every subject with a baseline assessment; NE (including no follow-up yet) is a
 *       non-responder.</li>
 *   <li>Fixed time point: the anchor (enrolment, first dose, a phase's start or end) is projected from the
 *       subject's enrolment date and arm with the study's visit schedule; the cut-off is anchor + offset +
 *       window; the best overall response uses only assessments up to the cut-off; only subjects whose
 *       anchor + offset is on or before today count.</li>
 *   <li>Irradiation groups: IRRADIATED (SBRT, low-dose RT, conventional RT), NOT_IRRADIATED, and each
 *       category of {@code responseAssessment.lesionIrradiationCategories}; a subject counts in a group only
 *       with at least one target lesion in it.</li>
 * </ul>
 */
@Stateless
public class StudyResponseService {

    @Inject
    private ResponseService responses;

    @Inject
    private SubjectService subjects;

    @Inject
    private StudyService studies;

    @Inject
    private AccessGuard access;

    @Inject
    private StudyResponseQuery query;

    /** The summary over all data recorded so far. */
    public StudyResponseSummary summary(String registryId) {
        return summary(registryId, null);
    }

    /**
     * The summary over the data dated on or before {@code cutOff} (null: all data). ORR, DCR, the counts by best
     * overall response and the per-subject rows come from {@link StudyResponseQuery}, the computation the DMC
     * report uses, so both give the same numbers on the same data and cut-off.
     */
    public StudyResponseSummary summary(String registryId, LocalDate cutOff) {
        Study study = studies.getByRegistryId(registryId);
        access.requireStudy(study.getId(), "study " + registryId);
        StudyDefinition def = studies.currentDefinition(study.getId());
        ResponseAssessmentSettings raw = def.responseAssessment();
        ResponseSettings settings = ResponseSettings.of(raw);
        List<SubjectResponse> population = query.responses(study.getId(), cutOff == null ? ALL_DATA : cutOff,
                access.visibleSiteIds(study.getId()));
        List<RecistResponse> bors = population.stream().map(SubjectResponse::bestOverallResponse).toList();
        ResponseRateCalculator rates = new ResponseRateCalculator();
        Map<RecistResponse, Integer> counts = rates.countByResponse(bors);
        // the fixed time point and the irradiation groups need each subject's lesions: read per subject
        List<Subject> withBaseline = population.stream().map(r -> subjects.get(r.subjectId())).toList();
        List<SubjectResponseHistory> histories = withBaseline.stream()
                .map(s -> responses.history(s, responses.settings(s))).toList();
        return new StudyResponseSummary(registryId, ResponseSettings.STUDY_DAY_FROM, settings, population.size(),
                counts, rate(rates.objectiveResponse(bors)), rate(rates.diseaseControl(bors)),
                fixedTime(def, raw, settings, withBaseline, histories),
                irradiationGroups(raw, settings, histories), population);
    }

    /** The cut-off that takes every record (no clinical date lies after it). */
    private static final LocalDate ALL_DATA = LocalDate.of(9999, 12, 31);

    private StudyResponseSummary.FixedTimeRate fixedTime(StudyDefinition def, ResponseAssessmentSettings raw,
                                                         ResponseSettings settings, List<Subject> subjectList,
                                                         List<SubjectResponseHistory> histories) {
        FixedTimePoint point = raw == null ? null : raw.fixedTimePoint();
        if (point == null) {
            return null;
        }
        List<RecistResponse> bors = new ArrayList<>();
        BestOverallResponseCalculator calculator = new BestOverallResponseCalculator();
        for (int i = 0; i < subjectList.size(); i++) {
            Subject s = subjectList.get(i);
            if (s.getEnrolledOn() == null || s.getArmId() == null) {
                continue;
            }
            LocalDate anchor = anchor(def, point, s);
            if (anchor == null) {
                continue;
            }
            LocalDate target = anchor.plusMonths(nz(point.offsetMonths())).plusDays(nz(point.offsetDays()));
            if (target.isAfter(LocalDate.now())) {
                continue;
            }
            int cutoffDay = ResponseService.studyDay(s, target.plusDays(nz(point.windowDays())));
            List<TimePointAssessment> assessments = histories.get(i).timePoints().stream()
                    .map(r -> new TimePointAssessment(r.studyDay(), r.overallResponse())).toList();
            bors.add(calculator.evaluateUpTo(new BestOverallResponseInput(assessments, settings.confirmationRequired(),
                    settings.confirmationMinDays(), settings.stableDiseaseMinDays()), cutoffDay).bestOverallResponse());
        }
        String rule = point.anchor() + (point.phase() == null ? "" : " " + point.phase()) + " + "
                + nz(point.offsetMonths()) + " months " + nz(point.offsetDays()) + " days, + " + nz(point.windowDays())
                + " days window; anchor projected from enrolment and arm";
        return new StudyResponseSummary.FixedTimeRate(point.description(), rule, bors.size(),
                rate(new ResponseRateCalculator().objectiveResponse(bors)));
    }

    private static LocalDate anchor(StudyDefinition def, FixedTimePoint point, Subject s) {
        AnchorDates anchors = AnchorDates.enrolledOn(s.getEnrolledOn());
        VisitScheduleCalculator schedule = new VisitScheduleCalculator(def);
        try {
            return switch (point.anchor()) {
                case ENROLMENT -> s.getEnrolledOn();
                case FIRST_DOSE -> schedule.phaseStart(s.getArmId(), def.getArm(s.getArmId()).phases().get(0).id(), anchors);
                case PHASE_START -> schedule.phaseStart(s.getArmId(), point.phase(), anchors);
                case PHASE_END -> schedule.phaseEnd(s.getArmId(), point.phase(), anchors);
                case END_OF_TREATMENT -> {
                    var phases = def.getArm(s.getArmId()).phases();
                    yield schedule.phaseEnd(s.getArmId(), phases.get(phases.size() - 1).id(), anchors);
                }
            };
        } catch (RuntimeException e) {
            return null; // the arm has no such phase: the subject has no fixed time point
        }
    }

    private List<StudyResponseSummary.GroupRate> irradiationGroups(ResponseAssessmentSettings raw, ResponseSettings settings,
                                                                   List<SubjectResponseHistory> histories) {
        Map<String, Set<IrradiationStatus>> groups = new LinkedHashMap<>();
        groups.put("IRRADIATED", EnumSet.of(IrradiationStatus.SBRT, IrradiationStatus.LOW_DOSE_RT, IrradiationStatus.CONVENTIONAL_RT));
        groups.put("NOT_IRRADIATED", EnumSet.of(IrradiationStatus.NOT_IRRADIATED));
        if (raw != null) {
            for (String category : raw.lesionIrradiationCategories()) {
                try {
                    Set<IrradiationStatus> one = EnumSet.of(IrradiationStatus.valueOf(category));
                    if (!groups.containsValue(one)) {
                        groups.put(category, one);
                    }
                } catch (IllegalArgumentException ignored) {
                    // not a lesion irradiation status Vigia records
                }
            }
        }
        IrradiationGroupResponseCalculator calculator = new IrradiationGroupResponseCalculator();
        BestOverallResponseCalculator bor = new BestOverallResponseCalculator();
        List<StudyResponseSummary.GroupRate> result = new ArrayList<>();
        groups.forEach((name, statuses) -> {
            List<RecistResponse> bors = new ArrayList<>();
            for (SubjectResponseHistory h : histories) {
                List<IrradiatedTargetLesion> targets = responses.irradiatedTargets(h.baseline());
                if (targets.stream().noneMatch(t -> statuses.contains(t.irradiation()))) {
                    continue;
                }
                List<TargetLesionFollowUp> followUps = h.timePoints().stream().map(r -> new TargetLesionFollowUp(
                        r.studyDay(), ResponseService.targetMm(h.baseline(),
                        r.assessment().getMeasurements().stream().map(m -> new FindingEntry(m.getLesion().getCode(),
                                m.getFinding(), m.getDiameterMm())).toList(), new org.vigia.shared.FieldErrors()))).toList();
                List<TimePointAssessment> points = calculator.targetResponses(targets, followUps, statuses);
                bors.add(bor.evaluate(new BestOverallResponseInput(points, settings.confirmationRequired(),
                        settings.confirmationMinDays(), settings.stableDiseaseMinDays())).bestOverallResponse());
            }
            result.add(new StudyResponseSummary.GroupRate(name, List.copyOf(statuses),
                    rate(new ResponseRateCalculator().objectiveResponse(bors))));
        });
        return result;
    }

    static StudyResponseSummary.Rate rate(ResponseRate r) {
        if (r.subjects() == 0) {
            return new StudyResponseSummary.Rate(0, 0, null, null, null);
        }
        ExactBinomialInterval ci = ExactBinomialInterval.of(r.responders(), r.subjects());
        return new StudyResponseSummary.Rate(r.responders(), r.subjects(), round(ci.proportion()), round(ci.lower()),
                round(ci.upper()));
    }

    private static Double round(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    private static int nz(Integer v) {
        return v == null ? 0 : v;
    }
}
