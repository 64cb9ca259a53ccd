package org.vigia.ae;

/** What other features read of an adverse event: dose decisions and DMC tables. */
public record AdverseEventSummary(Long id, Long subjectId, String meddraCode, String term, String soc, int grade,
                                  int worstGrade, boolean serious, boolean immuneRelated, String immuneCategory,
                                  boolean ongoing, String onset, String endDate, String outcome) {

    static AdverseEventSummary of(AdverseEvent e) {
        return new AdverseEventSummary(e.getId(), e.getSubjectId(), e.getMeddraCode(), e.getTerm(), e.getSoc(),
                e.getGrade(), e.getWorstGrade(), e.isSerious(), e.isImmuneRelated(), e.getImmuneCategory(),
                e.isOngoing(), e.getOnset(), e.getEndDate(), e.getOutcome());
    }
}
