package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.DoseAction;
import org.vigia.study.definition.DoseModificationRule;
import org.vigia.study.definition.DoseModificationRules;

/**
 * Decides, from the study definition's {@link DoseModificationRules}, whether an agent continues, is held or is
 * discontinued because of the subject's open adverse events, and when a held agent may resume.
 * <p>
 * For each open adverse event (grade ≥1): the rules that cover the agent class, term, irAE flag and category, grade
 * and occurrence are found; the most specific of them govern ({@link DoseModificationRule#specificity()}), and of
 * those the most severe outcome wins. A HOLD that would reduce the dose becomes DISCONTINUE when it would exceed
 * {@code maxReductions}, fall to 0 % or below, or find no lower dose level. An event no rule covers asks for CONTINUE,
 * and the reason says so (investigator judgement). Across events the worst action wins (DISCONTINUE > HOLD >
 * CONTINUE), the recovery grade is the strictest and the resume dose the lowest.
 * <p>
 * Occurrence: an open event is occurrence 1 + the number of the subject's previous episodes of the same term whose
 * worst grade lies in the rule's grade range (a second grade 3 "Neutrophil count decreased" is occurrence 2 of a
 * grade-3 rule).
 * <p>
 * Reductions are in percentage points of the full dose: −20 % from 100 % gives 80 %, again gives 60 %.
 * <pre>{@code
 * DoseDecision d = new DoseModificationPolicy(definition.doseModification()).decide(
 *         DoseDecisionRequest.of("docetaxel", AgentClass.CHEMOTHERAPY, new BigDecimal("100"),
 *                 List.of(AdverseEventSnapshot.of("Neutrophil count decreased", 3, false))));
 * // HOLD, resume when grade ≤ 1 at 80 % (NCT07041788)
 * }</pre>
 */
public final class DoseModificationPolicy {

    private final DoseModificationRules rules;

    public DoseModificationPolicy(DoseModificationRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The decision for the request's agent over all its open adverse events. */
    public DoseDecision decide(DoseDecisionRequest request) {
        Objects.requireNonNull(request, "request");
        List<AdverseEventAssessment> assessments = request.openAdverseEvents().stream()
                .filter(e -> e.grade() >= 1)
                .map(e -> assess(request, e))
                .toList();
        if (assessments.isEmpty()) {
            return new DoseDecision(DoseAction.CONTINUE, null, null,
                    List.of(text("dose.reason.noOpenEvent", request.agent())), List.of());
        }
        DoseAction action = assessments.stream().map(AdverseEventAssessment::action)
                .reduce(DoseAction.CONTINUE, DoseAction::worst);
        Integer resumeGrade = null;
        BigDecimal resumePercent = null;
        if (action == DoseAction.HOLD) {
            List<AdverseEventAssessment> holds = assessments.stream()
                    .filter(a -> a.action() == DoseAction.HOLD).toList();
            resumeGrade = holds.stream().map(AdverseEventAssessment::resumeWhenGradeAtMost)
                    .min(Comparator.naturalOrder()).orElseThrow();
            resumePercent = holds.stream().map(AdverseEventAssessment::resumeDosePercent)
                    .min(Comparator.naturalOrder()).orElseThrow();
        }
        List<Text> reasons = assessments.stream().map(AdverseEventAssessment::reasonText).toList();
        return new DoseDecision(action, resumeGrade, resumePercent, reasons, assessments);
    }

    /**
     * Whether an agent held by {@code hold} may resume now. Allowed when each event that asked for the hold is now
     * at or below its recovery grade (an event absent from {@code now} counts as resolved, grade 0) and a fresh
     * decision over {@code now}'s open events is CONTINUE; then at the hold's resume percent.
     *
     * @param hold the decision that held the agent
     * @param now  the same agent's request with the current open events and grades
     */
    public ResumeDecision resumeAfterRecovery(DoseDecision hold, DoseDecisionRequest now) {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(now, "now");
        if (hold.action() == DoseAction.DISCONTINUE) {
            return new ResumeDecision(false, DoseAction.DISCONTINUE, null,
                    List.of(text("dose.reason.cannotResume", now.agent())));
        }
        List<Text> reasons = new ArrayList<>();
        boolean recovered = true;
        for (AdverseEventAssessment held : hold.adverseEvents()) {
            if (held.action() != DoseAction.HOLD) {
                continue;
            }
            AdverseEventSnapshot event = held.adverseEvent();
            int grade = now.openAdverseEvents().stream().filter(e -> e.sameEventAs(event))
                    .mapToInt(AdverseEventSnapshot::grade).max().orElse(0);
            if (grade > held.resumeWhenGradeAtMost()) {
                recovered = false;
                reasons.add(text("dose.reason.notRecovered", event.term(), grade, held.resumeWhenGradeAtMost()));
            } else {
                reasons.add(text("dose.reason.recovered", event.term(), grade, held.resumeWhenGradeAtMost()));
            }
        }
        DoseDecision fresh = decide(now);
        if (fresh.action() != DoseAction.CONTINUE) {
            reasons.addAll(fresh.reasonTexts());
            return new ResumeDecision(false, fresh.action(), null, reasons);
        }
        if (!recovered) {
            return new ResumeDecision(false, DoseAction.HOLD, null, reasons);
        }
        BigDecimal percent = hold.resumeDosePercent() != null ? hold.resumeDosePercent() : now.currentDosePercent();
        reasons.add(text("dose.reason.resume", now.agent(), plain(percent)));
        return new ResumeDecision(true, DoseAction.CONTINUE, percent, reasons);
    }

    private AdverseEventAssessment assess(DoseDecisionRequest request, AdverseEventSnapshot event) {
        Text what = text(event.immuneRelated() ? "dose.reason.eventImmuneRelated" : "dose.reason.event", event.term(),
                event.grade());
        List<DoseModificationRule> covering = rules.rules().stream()
                .filter(r -> r.covers(request.agentClass(), event.term(), event.grade(), event.immuneRelated(),
                        event.immuneRelatedCategory()))
                .filter(r -> r.coversOccurrence(occurrence(r, event, request)))
                .toList();
        if (covering.isEmpty()) {
            return new AdverseEventAssessment(event, 1, null, DoseAction.CONTINUE, null, null,
                    text("dose.reason.noRule", what, String.valueOf(request.agentClass()), request.agent()));
        }
        int top = covering.stream().mapToInt(DoseModificationRule::specificity).max().orElseThrow();
        return covering.stream()
                .filter(r -> r.specificity() == top)
                .map(r -> outcome(r, occurrence(r, event, request), request, event, what))
                .min(Comparator.comparing((AdverseEventAssessment a) -> a.action().ordinal()).reversed()
                        .thenComparing(a -> a.resumeWhenGradeAtMost() == null ? Integer.MAX_VALUE : a.resumeWhenGradeAtMost())
                        .thenComparing(a -> a.resumeDosePercent() == null ? BigDecimal.valueOf(Long.MAX_VALUE) : a.resumeDosePercent()))
                .orElseThrow();
    }

    private static int occurrence(DoseModificationRule rule, AdverseEventSnapshot event, DoseDecisionRequest request) {
        long before = request.previousAdverseEvents().stream()
                .filter(p -> DoseModificationRule.sameText(event.term(), p.term()))
                .filter(p -> rule.coversGrade(p.grade()))
                .count();
        return (int) before + 1;
    }

    private AdverseEventAssessment outcome(DoseModificationRule rule, int occurrence, DoseDecisionRequest request,
                                           AdverseEventSnapshot event, Text what) {
        Text cite = occurrence > 1 ? text("dose.reason.citeOccurrence", rule.id(), occurrence)
                : text("dose.reason.cite", rule.id());
        String agent = request.agent();
        switch (rule.action()) {
            case CONTINUE:
                return new AdverseEventAssessment(event, occurrence, rule.id(), DoseAction.CONTINUE, null, null,
                        text("dose.reason.continue", what, agent, cite));
            case DISCONTINUE:
                return new AdverseEventAssessment(event, occurrence, rule.id(), DoseAction.DISCONTINUE, null, null,
                        text("dose.reason.discontinue", what, agent, cite));
            default:
                break;
        }
        BigDecimal current = request.currentDosePercent();
        Optional<BigDecimal> resume = resumePercent(rule, current);
        if (rule.reducesDose()) {
            if (resume.isEmpty()) {
                return discontinue(event, occurrence, rule,
                        text("dose.reason.noLowerLevel", what, agent, plain(current), cite));
            }
            Integer max = rules.maxReductions();
            if (max != null && request.reductionsSoFar() + 1 > max) {
                return discontinue(event, occurrence, rule,
                        text("dose.reason.maxReductions", what, agent, request.reductionsSoFar(), max, cite));
            }
        }
        BigDecimal percent = resume.orElse(current);
        Text dose = rule.reducesDose()
                ? text("dose.reason.resumeReduced", plain(percent), plain(current))
                : text("dose.reason.resumeSame", plain(percent));
        return new AdverseEventAssessment(event, occurrence, rule.id(), DoseAction.HOLD, rule.resumeWhenGradeAtMost(),
                percent, text("dose.reason.hold", what, agent, rule.resumeWhenGradeAtMost(), dose, cite));
    }

    private Optional<BigDecimal> resumePercent(DoseModificationRule rule, BigDecimal current) {
        return switch (rule.resumeDose()) {
            case SAME -> Optional.of(current);
            case REDUCE_PERCENT -> Optional.of(current.subtract(rule.reducePercent())).filter(p -> p.signum() > 0);
            case NEXT_DOSE_LEVEL -> rules.doseLevelsPercent().stream().filter(l -> l.compareTo(current) < 0).findFirst();
        };
    }

    private static AdverseEventAssessment discontinue(AdverseEventSnapshot event, int occurrence,
                                                      DoseModificationRule rule, Text reason) {
        return new AdverseEventAssessment(event, occurrence, rule.id(), DoseAction.DISCONTINUE, null, null, reason);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static Text text(String key, Object... args) {
        return Text.of(Bundle.DOSING, key, args);
    }
}
