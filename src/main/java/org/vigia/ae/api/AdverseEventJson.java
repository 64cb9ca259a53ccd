package org.vigia.ae.api;

import java.time.Instant;
import java.util.List;
import org.vigia.ae.AdverseEvent;

/** An adverse event in the API: every value, grade history, attributions, SAE clock and signature. */
public record AdverseEventJson(Long id, Long subjectId, String term, String meddraCode, String soc, String verbatim,
        String onset, String end, boolean ongoing, int grade, int worstGrade, List<GradeJson> gradeHistory,
        boolean serious, List<String> seriousnessCriteria, Instant awareness, Instant saeDue, Instant saeReportedAt,
        String saeState, List<AttributionJson> attributions, String outcome, boolean immuneRelated,
        String immuneCategory, String treatmentGiven, String baselineCondition, Long labResultId, String status,
        SignatureJson signature, String recordedBy, long version) {

    public record GradeJson(int grade, String since, Instant recordedAt, String recordedBy) {
    }

    public record AttributionJson(String agentId, String agentName, String causality, String actionTaken) {
    }

    public record SignatureJson(String username, String printedName, Instant signedAt, String meaning) {
    }

    public static AdverseEventJson of(AdverseEvent e) {
        return new AdverseEventJson(e.getId(), e.getSubjectId(), e.getTerm(), e.getMeddraCode(), e.getSoc(),
                e.getVerbatim(), e.getOnset(), e.getEndDate(), e.isOngoing(), e.getGrade(), e.getWorstGrade(),
                e.getGrades().stream().map(g -> new GradeJson(g.getGrade(), g.getSince(), g.getRecordedAt(),
                        g.getRecordedBy())).toList(),
                e.isSerious(), e.seriousnessCriteria().stream().map(Enum::name).sorted().toList(), e.getAwarenessAt(),
                e.getSaeDueAt(), e.getSaeReportedAt(),
                e.saeClock().map(c -> c.statusAt(Instant.now(), e.getSaeReportedAt()).state().name()).orElse(null),
                e.getAttributions().stream().map(a -> new AttributionJson(a.getAgentId(), a.getAgentName(),
                        a.getCausality(), a.getActionTaken())).toList(),
                e.getOutcome(), e.isImmuneRelated(), e.getImmuneCategory(), e.getTreatmentGiven(),
                e.getBaselineCondition(), e.getLabResultId(), e.getStatus().name(),
                e.isSigned() ? new SignatureJson(e.getSignedBy(), e.getSignedName(), e.getSignedAt(),
                        e.getSignatureMeaning()) : null,
                e.getRecordedBy(), e.getVersion());
    }
}
