package org.vigia.subject.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.ViewParams;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.study.EligibilityAssessment;
import org.vigia.study.definition.EligibilityCriterion;
import org.vigia.study.definition.SubjectCondition;
import org.vigia.subject.EligibilityService.EligibilityView;
import org.vigia.subject.EligibilityService;
import org.vigia.subject.Subject;

/**
 * The eligibility section of {@code subject/view.xhtml}: each criterion of the subject's definition version with
 * met / not met / missing, re-evaluated by ajax as values are entered; save (a reason when changing saved
 * values); overrides for investigators; screen failure when not eligible.
 */
@Named
@ViewScoped
public class EligibilityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EligibilityService eligibility;

    @Inject
    private AccessGuard access;

    private Long subjectId;
    private String idParam;
    private Long version;
    private List<CriterionRow> rows;
    private List<SubjectCondition> availableConditions;
    private List<String> conditions;
    private String outcome;
    private List<String> reasons;
    private String savedOutcome;
    @MaxLength(TextLimits.REASON)
    private String reason;
    private boolean investigator;

    /** The view action of {@code subject/view.xhtml?id=...} ({@code f:viewParam id}). */
    public void load() {
        subjectId = ViewParams.id(idParam, "Subject");
        show(eligibility.view(subjectId));
    }

    private void show(EligibilityView v) {
        Subject s = v.subject();
        investigator = access.holds(s.getStudyId(), s.getSiteId(), Role.INVESTIGATOR);
        version = v.version();
        availableConditions = v.definition().subjectConditions();
        conditions = new ArrayList<>(v.conditions());
        rows = new ArrayList<>();
        for (EligibilityCriterion c : v.definition().eligibility()) {
            CriterionRow row = new CriterionRow(c, v.entries().get(c.id()), v.overrides().get(c.id()));
            List<org.vigia.subject.ScreeningLabs.ScreeningResult> found = v.labResults().get(c.id());
            if (found != null) {
                row.offer(found.stream().map(l -> {
                    // ×ULN criteria take the value in the canonical unit (the ULN is entered beside it)
                    boolean canonical = c.type() == org.vigia.study.definition.CriterionType.ULN_MULTIPLE;
                    String value = (canonical ? l.canonicalValue() : l.value()).stripTrailingZeros().toPlainString();
                    String unit = canonical ? l.test().canonicalUnit() : l.unit();
                    return new CriterionRow.LabChoice(String.valueOf(l.id()),
                            value + " " + unit + " · " + l.collectedOn(), value, unit,
                            l.test().listedUnit(l.unit()).orElse(l.unit()));
                }).toList());
            }
            row.show(v.assessment().get(c.id()));
            rows.add(row);
        }
        outcome = v.assessment().outcome().name();
        reasons = v.assessment().reasonTexts().stream().map(Messages::text).toList();
        savedOutcome = version == null ? null : outcome;
        reason = null;
    }

    /** Fills a lab criterion's value from the result chosen in its list, then re-evaluates. */
    public void takeLabResult(CriterionRow row) {
        row.takeLabChoice();
        evaluate();
    }

    /** Re-evaluates the whole form with what is on the screen (nothing is stored). */
    public void evaluate() {
        try {
            EligibilityAssessment a = eligibility.evaluate(subjectId, entries(), new LinkedHashSet<>(conditions), overrides());
            for (CriterionRow r : rows) {
                r.show(a.get(r.getId()));
            }
            outcome = a.outcome().name();
            reasons = a.reasonTexts().stream().map(Messages::text).toList();
        } catch (InvalidInput e) {
            Map<String, String> problems = e.fieldErrors(Messages.locale());
            problems.forEach((id, msg) -> rows.stream().filter(r -> r.getId().equals(id)).forEach(r -> r.problem(msg)));
            outcome = "ERROR";
            reasons = List.copyOf(problems.values());
        }
    }

    public void save() {
        try {
            show(eligibility.save(subjectId, version, entries(), new LinkedHashSet<>(conditions), overrides(), reason));
            Messages.info(Bundle.SUBJECT, "elig.saved", Messages.text(Bundle.SUBJECT, "outcome." + outcome));
        } catch (RuntimeException e) { // the rows show their findings again; the refusal is shown by the exception handler
            evaluate();
            throw e;
        }
    }

    private Map<String, Map<String, Object>> entries() {
        Map<String, Map<String, Object>> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r.getId(), r.entry()));
        return m;
    }

    private Map<String, String> overrides() {
        Map<String, String> m = new LinkedHashMap<>();
        rows.stream().filter(r -> r.getOverride() != null && !r.getOverride().isBlank())
                .forEach(r -> m.put(r.getId(), r.getOverride()));
        return m;
    }

    public Long getVersion() { return version; }
    public List<CriterionRow> getRows() { return rows; }
    public List<SubjectCondition> getAvailableConditions() { return availableConditions; }
    public List<String> getConditions() { return conditions; }
    public void setConditions(List<String> conditions) { this.conditions = conditions == null ? new ArrayList<>() : new ArrayList<>(conditions); }
    public String getOutcome() { return outcome; }
    public List<String> getReasons() { return reasons; }
    public String getSavedOutcome() { return savedOutcome; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isInvestigator() { return investigator; }

    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
}
