package org.vigia.study.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of a protocol's dose-modification table: for which agents and adverse events, at which CTCAE grades
 * (and which occurrence), what to do. YAML example (NCT07041788, grade 3, chemotherapy):
 * <pre>
 * - id: G3-chemotherapy
 *   agentClasses: [CHEMOTHERAPY]
 *   minGrade: 3
 *   maxGrade: 3
 *   action: HOLD
 *   resumeWhenGradeAtMost: 1
 *   resumeDose: REDUCE_PERCENT
 *   reducePercent: 20
 *   source: "Grade 3 AEs: Treatment suspension until recovery to ≤Grade 1; ..."
 * </pre>
 * Unset matchers match anything. When several rules match one adverse event, the most specific wins (see
 * {@link #specificity()}); among equally specific rules, the most severe action.
 *
 * @param id                    short stable identifier, quoted in decisions
 * @param agentClasses          agent classes the rule applies to; empty = all
 * @param term                  CTCAE term (case-insensitive), or null for any term
 * @param immuneRelated         true = immune-related AEs only, false = non-immune-related only, null = either
 * @param immuneRelatedCategory irAE category (e.g. "PNEUMONITIS"), case-insensitive, or null for any
 * @param minGrade              lowest CTCAE grade covered (1–5)
 * @param maxGrade              highest CTCAE grade covered (1–5)
 * @param minOccurrence         lowest occurrence covered (1 = first; 2 = the same term in this grade range has
 *                              occurred before); null = 1
 * @param maxOccurrence         highest occurrence covered, or null for no limit
 * @param action                CONTINUE, HOLD or DISCONTINUE
 * @param resumeWhenGradeAtMost HOLD: resume once the event has recovered to this grade or lower (0 = resolved)
 * @param resumeDose            HOLD: dose on resumption; null = SAME
 * @param reducePercent         REDUCE_PERCENT: percentage points of the full dose removed
 * @param source                the protocol sentence the rule comes from
 * @param assumption            true when the rule is not in the protocol text
 * @param note                  why, for an assumption, or a reading of the source
 */
public record DoseModificationRule(
        String id,
        List<AgentClass> agentClasses,
        String term,
        Boolean immuneRelated,
        String immuneRelatedCategory,
        int minGrade,
        int maxGrade,
        Integer minOccurrence,
        Integer maxOccurrence,
        DoseAction action,
        Integer resumeWhenGradeAtMost,
        ResumeDose resumeDose,
        BigDecimal reducePercent,
        String source,
        boolean assumption,
        String note) {

    public DoseModificationRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action of rule " + id);
        agentClasses = agentClasses == null ? List.of() : List.copyOf(agentClasses);
        if (minGrade < 1 || maxGrade > 5 || minGrade > maxGrade) {
            throw new IllegalArgumentException("Rule " + id + ": grades must satisfy 1 ≤ minGrade ≤ maxGrade ≤ 5");
        }
        minOccurrence = minOccurrence == null ? 1 : minOccurrence;
        if (minOccurrence < 1 || (maxOccurrence != null && maxOccurrence < minOccurrence)) {
            throw new IllegalArgumentException("Rule " + id + ": occurrences must satisfy 1 ≤ min ≤ max");
        }
        if (action == DoseAction.HOLD) {
            if (resumeWhenGradeAtMost == null || resumeWhenGradeAtMost < 0 || resumeWhenGradeAtMost >= minGrade) {
                throw new IllegalArgumentException("Rule " + id + ": HOLD needs resumeWhenGradeAtMost below minGrade");
            }
            resumeDose = resumeDose == null ? ResumeDose.SAME : resumeDose;
            if (resumeDose == ResumeDose.REDUCE_PERCENT
                    && (reducePercent == null || reducePercent.signum() <= 0 || reducePercent.compareTo(new BigDecimal("100")) >= 0)) {
                throw new IllegalArgumentException("Rule " + id + ": REDUCE_PERCENT needs 0 < reducePercent < 100");
            }
        } else if (resumeWhenGradeAtMost != null || resumeDose != null || reducePercent != null) {
            throw new IllegalArgumentException("Rule " + id + ": resume settings only apply to HOLD");
        }
        DefinitionChecks.requireSourceOrAssumption("rule " + id, source, assumption, note);
    }

    /** Whether the rule reduces the dose on resumption. */
    public boolean reducesDose() {
        return action == DoseAction.HOLD && resumeDose != ResumeDose.SAME;
    }

    /**
     * How specific the rule is: term 8, irAE category 4, immune-related flag 2, repeated occurrence (minOccurrence
     * above 1) 1. A protocol row for "pneumonitis" thereby overrides the general irAE row, which overrides the
     * general row.
     */
    public int specificity() {
        return (term != null ? 8 : 0) + (immuneRelatedCategory != null ? 4 : 0) + (immuneRelated != null ? 2 : 0)
                + (minOccurrence > 1 ? 1 : 0);
    }

    /**
     * Whether the rule covers this agent class and adverse event (everything but the occurrence).
     *
     * @param eventTerm     CTCAE term of the event
     * @param eventGrade    its current grade
     * @param eventImmune   whether it is immune-related
     * @param eventCategory its irAE category, or null
     */
    public boolean covers(AgentClass agentClass, String eventTerm, int eventGrade, boolean eventImmune,
                          String eventCategory) {
        return (agentClasses.isEmpty() || agentClasses.contains(agentClass))
                && coversGrade(eventGrade)
                && (term == null || sameText(term, eventTerm))
                && (immuneRelated == null || immuneRelated == eventImmune)
                && (immuneRelatedCategory == null || sameText(immuneRelatedCategory, eventCategory));
    }

    /** Whether {@code grade} lies within {@code minGrade..maxGrade}. */
    public boolean coversGrade(int grade) {
        return grade >= minGrade && grade <= maxGrade;
    }

    /** Whether the {@code occurrence}-th event of a term lies within the rule's occurrences. */
    public boolean coversOccurrence(int occurrence) {
        return occurrence >= minOccurrence && (maxOccurrence == null || occurrence <= maxOccurrence);
    }

    /** Equal texts ignoring case and surrounding blanks ({@code b} may be null). */
    public static boolean sameText(String a, String b) {
        return b != null && a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
    }
}
