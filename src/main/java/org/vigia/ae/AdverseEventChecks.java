package org.vigia.ae;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigia.terminology.CtcaeTerm;

/**
 * Cross-field consistency checks of one adverse-event record (edit checks), returning findings rather than
 * throwing, so a form can show them all and a data manager can raise queries.
 * <ul>
 * <li>{@link #END_BEFORE_ONSET}: end date definitely before onset (partial dates compared conservatively, so
 *     "2026-03" vs "2026-03-14" is not flagged).</li>
 * <li>{@link #GRADE_5_NOT_FATAL}: CTCAE Grade 5 is death related to the AE (CTCAE v5.0 front matter), so the
 *     outcome must be FATAL.</li>
 * <li>{@link #FATAL_NOT_GRADE_5}: a FATAL outcome with a grade other than 5.</li>
 * <li>{@link #SERIOUS_WITHOUT_CRITERION}, {@link #CRITERION_WITHOUT_SERIOUS}: ICH E2A — a serious event meets at
 *     least one seriousness criterion, and a criterion makes the event serious.</li>
 * <li>{@link #ONGOING_WITH_END_DATE}: an ongoing event has no end date.</li>
 * <li>{@link #OTHER_SPECIFY_WITHOUT_VERBATIM}: a "… - Other, specify" term needs the event named in the
 *     verbatim text (CTCAE v5.0 front matter).</li>
 * <li>{@link #GRADE_UNDEFINED_FOR_TERM}: the grade is "-" (does not exist) for the coded term, e.g. Grade 5
 *     Neutrophil count decreased.</li>
 * </ul>
 * Checks needing a value that is still missing are skipped; required-field checks belong to Bean Validation.
 * <pre>{@code
 * List<AdverseEventFinding> findings = AdverseEventChecks.check(entry);
 * }</pre>
 */
public final class AdverseEventChecks {

    public static final AdverseEventFinding END_BEFORE_ONSET =
            new AdverseEventFinding("AE_END_BEFORE_ONSET", "ae.check.endBeforeOnset", "end");
    public static final AdverseEventFinding GRADE_5_NOT_FATAL =
            new AdverseEventFinding("AE_GRADE_5_NOT_FATAL", "ae.check.grade5NotFatal", "outcome");
    public static final AdverseEventFinding FATAL_NOT_GRADE_5 =
            new AdverseEventFinding("AE_FATAL_NOT_GRADE_5", "ae.check.fatalNotGrade5", "grade");
    public static final AdverseEventFinding SERIOUS_WITHOUT_CRITERION =
            new AdverseEventFinding("AE_SERIOUS_WITHOUT_CRITERION", "ae.check.seriousWithoutCriterion",
                    "seriousnessCriteria");
    public static final AdverseEventFinding CRITERION_WITHOUT_SERIOUS =
            new AdverseEventFinding("AE_CRITERION_WITHOUT_SERIOUS", "ae.check.criterionWithoutSerious", "serious");
    public static final AdverseEventFinding ONGOING_WITH_END_DATE =
            new AdverseEventFinding("AE_ONGOING_WITH_END_DATE", "ae.check.ongoingWithEndDate", "end");
    public static final AdverseEventFinding OTHER_SPECIFY_WITHOUT_VERBATIM =
            new AdverseEventFinding("AE_OTHER_SPECIFY_WITHOUT_VERBATIM", "ae.check.otherSpecifyWithoutVerbatim",
                    "verbatimTerm");
    public static final AdverseEventFinding GRADE_UNDEFINED_FOR_TERM =
            new AdverseEventFinding("AE_GRADE_UNDEFINED_FOR_TERM", "ae.check.gradeUndefinedForTerm", "grade");

    private AdverseEventChecks() {
    }

    /** All findings for {@code entry}, in the order listed in the class description; empty when consistent. */
    public static List<AdverseEventFinding> check(AdverseEventEntry entry) {
        Objects.requireNonNull(entry, "entry");
        List<AdverseEventFinding> findings = new ArrayList<>();
        if (entry.onset() != null && entry.end() != null && entry.end().isDefinitelyBefore(entry.onset())) {
            findings.add(END_BEFORE_ONSET);
        }
        Integer grade = entry.grade();
        if (grade != null && grade == 5 && entry.outcome() != AeOutcome.FATAL) {
            findings.add(GRADE_5_NOT_FATAL);
        }
        if (entry.outcome() == AeOutcome.FATAL && grade != null && grade != 5) {
            findings.add(FATAL_NOT_GRADE_5);
        }
        if (entry.isSerious() && entry.seriousnessCriteria().isEmpty()) {
            findings.add(SERIOUS_WITHOUT_CRITERION);
        }
        if (!entry.isSerious() && !entry.seriousnessCriteria().isEmpty()) {
            findings.add(CRITERION_WITHOUT_SERIOUS);
        }
        if (entry.ongoing() && entry.end() != null) {
            findings.add(ONGOING_WITH_END_DATE);
        }
        CtcaeTerm term = entry.term();
        if (term != null && term.isOtherSpecify()
                && (entry.verbatimTerm() == null || entry.verbatimTerm().isBlank())) {
            findings.add(OTHER_SPECIFY_WITHOUT_VERBATIM);
        }
        if (term != null && grade != null && !term.isGradeDefined(grade)) {
            findings.add(GRADE_UNDEFINED_FOR_TERM);
        }
        return List.copyOf(findings);
    }
}
