package org.vigia.response.api;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.vigia.response.BaselineFinding;
import org.vigia.response.BaselineFindingCode;
import org.vigia.response.ImagingMethod;
import org.vigia.response.IrradiationStatus;
import org.vigia.response.LesionRole;
import org.vigia.response.NewLesions;
import org.vigia.response.Organ;
import org.vigia.response.RecistResponse;
import org.vigia.response.TimePointResult;
import org.vigia.response.assessment.FindingEntry;
import org.vigia.response.assessment.LesionEntry;
import org.vigia.response.assessment.ResponseSettings;
import org.vigia.response.assessment.SubjectResponse;
import org.vigia.response.assessment.SubjectResponseHistory;
import org.vigia.response.assessment.TumourAssessment;
import org.vigia.response.assessment.TumourLesion;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;

/** JSON shapes of a subject's tumour assessments. */
public final class TumourAssessmentJson {

    private TumourAssessmentJson() {
    }

    /** {@code PUT .../tumour-assessments/baseline}; {@code version} and {@code reason} only to change it. */
    public record BaselineRequest(
            Long version,
            LocalDate assessedOn,
            List<@Valid LesionEntry> lesions,
            @MaxLength(TextLimits.REASON) String reason) {
    }

    /** {@code POST .../follow-ups} and {@code PUT .../follow-ups/{id}} (then with version and reason). */
    public record FollowUpRequest(
            Long version,
            LocalDate assessedOn,
            NewLesions newLesions,
            List<@Valid FindingEntry> findings,
            @MaxLength(TextLimits.REASON) String reason) {
    }

    /** {@code POST .../follow-ups/{id}/override}: response null removes the override. */
    public record OverrideRequest(Long version, RecistResponse response, @MaxLength(TextLimits.REASON) String reason) {
    }

    public record Lesion(String code, LesionRole role, Organ organ, boolean nodal, BigDecimal diameterMm,
                         ImagingMethod method, LocalDate scannedOn, IrradiationStatus irradiation) {
        static Lesion of(TumourLesion l) {
            return new Lesion(l.getCode(), l.getRole(), l.getOrgan(), l.isNodal(), l.getDiameterMm(), l.getMethod(),
                    l.getScannedOn(), l.getIrradiation());
        }
    }

    public record Baseline(Long id, long version, LocalDate assessedOn, List<Lesion> lesions, List<Finding> findings) {
    }

    /** A selection-rule finding of the baseline, its message in English. */
    public record Finding(BaselineFindingCode code, String lesionId, String message) {
        static List<Finding> of(List<BaselineFinding> findings) {
            return findings.stream().map(f -> new Finding(f.code(), f.lesionId(), f.message())).toList();
        }
    }

    public record FollowUp(Long id, long version, LocalDate assessedOn, int studyDay, NewLesions newLesions,
                           List<FindingEntry> findings, TimePointResult result, RecistResponse computedResponse,
                           RecistResponse overrideResponse, String overrideReason, RecistResponse overallResponse) {
    }

    public record History(String studyDayFrom, ResponseSettings settings, Baseline baseline, List<FollowUp> followUps,
                          SubjectResponse response) {
        static History of(SubjectResponseHistory h) {
            TumourAssessment b = h.baseline();
            Baseline baseline = b == null ? null : new Baseline(b.getId(), b.getVersion(), b.getAssessedOn(),
                    b.getLesions().stream().map(Lesion::of).toList(), Finding.of(h.baselineFindings()));
            List<FollowUp> followUps = h.timePoints().stream().map(r -> {
                TumourAssessment a = r.assessment();
                return new FollowUp(a.getId(), a.getVersion(), a.getAssessedOn(), r.studyDay(), a.getNewLesions(),
                        a.getMeasurements().stream().sorted(java.util.Comparator.comparingInt(m -> m.getLesion().getOrdinal()))
                                .map(m -> new FindingEntry(m.getLesion().getCode(), m.getFinding(), m.getDiameterMm())).toList(),
                        r.computed(), r.computed().overallResponse(), a.getOverrideResponse(), a.getOverrideReason(),
                        r.overallResponse());
            }).toList();
            return new History(ResponseSettings.STUDY_DAY_FROM, h.settings(), baseline, followUps, h.response());
        }
    }
}
