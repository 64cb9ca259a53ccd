package org.vigia.ae.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigia.account.AccessGuard;
import org.vigia.account.Membership;
import org.vigia.account.Role;
import org.vigia.ae.ActionTaken;
import org.vigia.ae.AdverseEvent;
import org.vigia.ae.AdverseEventAttribution;
import org.vigia.ae.AdverseEventDetails;
import org.vigia.ae.AdverseEventService;
import org.vigia.ae.AeOutcome;
import org.vigia.ae.Causality;
import org.vigia.terminology.CtcaeDictionary;
import org.vigia.terminology.CtcaeTerm;
import org.vigia.ae.ImmuneRelatedCategory;
import org.vigia.ae.SeriousnessCriterion;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.SubmitGuard;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxLength;
import org.vigia.shared.PartialDate;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.SiteService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;
import org.vigia.terminology.Terminology;

/**
 * Backs {@code ae/edit.xhtml?subject=ID[&id=AE]}: record or change an AE with the CTCAE term picker (each grade's
 * text beside it, undefined grades disabled), causality and action per agent, seriousness, and the investigator's
 * signature dialog (password, printed name, date/time in UTC and site time, meaning).
 */
@Named
@ViewScoped
public class EditAdverseEventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SubmitGuard guard = new SubmitGuard();
    private static final Pattern CODE = Pattern.compile("\\[(\\d{8})\\]\\s*$");

    @Inject
    private Terminology terminology;

    @Inject
    private AdverseEventService adverseEvents;

    @Inject
    private SubjectService subjects;

    @Inject
    private SiteService sites;

    @Inject
    private AccessGuard access;

    private Long subjectId;
    private Long id;
    private Subject subject;
    private AdverseEvent ae;
    private String siteZone = "UTC";
    private boolean canSign;
    private String printedName;
    private Instant signingAt;

    private String termLabel;
    @MaxLength(TextLimits.AE_VERBATIM)
    private String verbatim;
    @MaxLength(TextLimits.DATE_TEXT)
    private String onset;
    @MaxLength(TextLimits.DATE_TEXT)
    private String end;
    private boolean ongoing = true;
    private Integer grade;
    @MaxLength(TextLimits.DATE_TEXT)
    private String gradeSince;
    private boolean serious;
    private List<String> criteria = new ArrayList<>();
    private LocalDateTime awareness;
    private List<AttributionRow> attributions = new ArrayList<>();
    private String outcome;
    private boolean immuneRelated;
    private String immuneCategory;
    @MaxLength(TextLimits.AE_TREATMENT_GIVEN)
    private String treatmentGiven;
    @MaxLength(TextLimits.AE_BASELINE_CONDITION)
    private String baselineCondition;
    @MaxLength(TextLimits.REASON)
    private String reason;
    @MaxLength(TextLimits.PASSWORD)
    private String password;
    private List<SelectItem> gradeOptions = List.of();

    /** One agent's row of the causality table. */
    public static class AttributionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String agentId;
        private final String agentName;
        private String causality;
        private String actionTaken;

        AttributionRow(String agentId, String agentName, String causality, String actionTaken) {
            this.agentId = agentId;
            this.agentName = agentName;
            this.causality = causality;
            this.actionTaken = actionTaken;
        }

        public String getAgentId() { return agentId; }
        public String getAgentName() { return agentName; }
        public String getCausality() { return causality; }
        public void setCausality(String causality) { this.causality = causality; }
        public String getActionTaken() { return actionTaken; }
        public void setActionTaken(String actionTaken) { this.actionTaken = actionTaken; }
    }

    public void load() {
        subject = subjects.get(subjectId);
        siteZone = sites.find(subject.getSiteId()).map(s -> s.getTimeZone()).orElse("UTC");
        printedName = access.memberships().stream().map(Membership::getUser).map(u -> u.getFullName()).findFirst()
                .orElse(access.caller());
        canSign = access.holds(subject.getStudyId(), subject.getSiteId(), Role.INVESTIGATOR);
        attributions = new ArrayList<>();
        if (id == null) {
            adverseEvents.agentsFor(subjectId).forEach(a -> attributions.add(
                    new AttributionRow(a.agentId(), a.agentName(), null, null)));
            gradeOptions = List.of();
            return;
        }
        ae = adverseEvents.get(id);
        CtcaeTerm term = terminology.ctcae().findByMeddraCode(ae.getMeddraCode()).orElseThrow();
        termLabel = label(term);
        verbatim = ae.getVerbatim();
        onset = ae.getOnset();
        end = ae.getEndDate();
        ongoing = ae.isOngoing();
        grade = ae.getGrade();
        gradeSince = null;
        serious = ae.isSerious();
        criteria = new ArrayList<>(ae.seriousnessCriteria().stream().map(Enum::name).toList());
        awareness = ae.getAwarenessAt() == null ? null : LocalDateTime.ofInstant(ae.getAwarenessAt(), ZoneId.of(siteZone));
        for (AdverseEventDetails.Attribution a : adverseEvents.agentsFor(subjectId)) {
            AdverseEventAttribution saved = ae.getAttributions().stream()
                    .filter(x -> x.getAgentId().equals(a.agentId())).findFirst().orElse(null);
            attributions.add(new AttributionRow(a.agentId(), a.agentName(),
                    saved == null ? null : saved.getCausality(), saved == null ? null : saved.getActionTaken()));
        }
        outcome = ae.getOutcome();
        immuneRelated = ae.isImmuneRelated();
        immuneCategory = ae.getImmuneCategory();
        treatmentGiven = ae.getTreatmentGiven();
        baselineCondition = ae.getBaselineCondition();
        reason = null;
        gradeOptions = options(term);
    }

    public List<String> completeTerm(String query) {
        return terminology.ctcae().search(query, 25).stream().map(EditAdverseEventBacking::label).toList();
    }

    public void termChosen() {
        gradeOptions = chosenTerm().map(EditAdverseEventBacking::options).orElse(List.of());
        if (grade != null && gradeOptions.stream().anyMatch(o -> o.getValue().equals(grade) && o.isDisabled())) {
            grade = null;
        }
    }

    public String save() {
        if (!guard.allowsSave()) {
            return null;
        }
        AdverseEventDetails details = details();
        if (ae == null) {
            AdverseEvent created = adverseEvents.record(subjectId, details);
            Messages.info(Bundle.AE, "ae.saved");
            Messages.keepMessages();
            return "/ae/edit.xhtml?faces-redirect=true&subject=" + subjectId + "&id=" + created.getId();
        }
        boolean wasSigned = ae.isSigned();
        AdverseEvent updated = adverseEvents.update(id, ae.getVersion(), details, reason);
        Messages.info(Bundle.AE, wasSigned && !updated.isSigned() ? "ae.signatureVoided" : "ae.saved");
        load();
        return null;
    }

    public void prepareSignature() {
        signingAt = Instant.now();
        password = null;
    }

    public void sign() {
        try {
            adverseEvents.sign(id, ae.getVersion(), password);
            password = null;
            Messages.info(Bundle.AE, "ae.signed.done");
            load();
        } catch (RuntimeException e) {
            password = null; // never re-rendered; the refusal itself is shown by RefusalExceptionHandlerFactory
            throw e;
        }
    }

    private AdverseEventDetails details() {
        String code = chosenTerm().map(CtcaeTerm::meddraCode).orElse(null);
        List<AdverseEventDetails.Attribution> list = attributions.stream().map(r -> new AdverseEventDetails.Attribution(
                r.getAgentId(), r.getAgentName(), r.getCausality() == null || r.getCausality().isBlank() ? null
                        : Causality.valueOf(r.getCausality()),
                r.getActionTaken() == null || r.getActionTaken().isBlank() ? null
                        : ActionTaken.valueOf(r.getActionTaken()))).toList();
        Set<SeriousnessCriterion> set = EnumSet.noneOf(SeriousnessCriterion.class);
        criteria.forEach(c -> set.add(SeriousnessCriterion.valueOf(c)));
        return new AdverseEventDetails(code, verbatim, date(onset, "onset"), date(end, "end"), ongoing, grade,
                date(gradeSince, "gradeSince"), serious, set,
                awareness == null ? null : awareness.atZone(ZoneId.of(siteZone)).toInstant(), list,
                outcome == null || outcome.isBlank() ? null : AeOutcome.valueOf(outcome), immuneRelated,
                immuneRelated && immuneCategory != null && !immuneCategory.isBlank()
                        ? ImmuneRelatedCategory.valueOf(immuneCategory) : null,
                treatmentGiven, baselineCondition);
    }

    private java.util.Optional<CtcaeTerm> chosenTerm() {
        if (termLabel == null) {
            return java.util.Optional.empty();
        }
        Matcher m = CODE.matcher(termLabel);
        return m.find() ? terminology.ctcae().findByMeddraCode(m.group(1))
                : terminology.ctcae().findByTerm(termLabel);
    }

    private static PartialDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, e instanceof PartialDate.Invalid p ? p.text() : Text.plain(e.getMessage()));
        }
    }

    static String label(CtcaeTerm t) {
        return t.term() + " — " + t.soc() + " [" + t.meddraCode() + "]";
    }

    static List<SelectItem> options(CtcaeTerm t) {
        List<SelectItem> items = new ArrayList<>();
        for (int g = 1; g <= 5; g++) {
            String text = t.gradeText(g).orElse("-");
            SelectItem item = new SelectItem(g, g + ": " + text);
            item.setDisabled(!t.isGradeDefined(g));
            items.add(item);
        }
        return items;
    }

    public List<String> getCausalities() { return java.util.Arrays.stream(Causality.values()).map(Enum::name).toList(); }
    public List<String> getActions() { return java.util.Arrays.stream(ActionTaken.values()).map(Enum::name).toList(); }
    public List<String> getOutcomes() { return java.util.Arrays.stream(AeOutcome.values()).map(Enum::name).toList(); }
    public List<String> getCriteriaValues() { return java.util.Arrays.stream(SeriousnessCriterion.values()).map(Enum::name).toList(); }
    public List<String> getImmuneCategories() { return java.util.Arrays.stream(ImmuneRelatedCategory.values()).map(Enum::name).toList(); }

    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Subject getSubject() { return subject; }
    public AdverseEvent getAe() { return ae; }
    public String getSiteZone() { return siteZone; }
    public boolean isCanSign() { return canSign && ae != null && !ae.isSigned(); }
    public String getPrintedName() { return printedName; }
    public Instant getSigningAt() { return signingAt; }
    public String getTermLabel() { return termLabel; }
    public void setTermLabel(String termLabel) { this.termLabel = termLabel; }
    public String getVerbatim() { return verbatim; }
    public void setVerbatim(String verbatim) { this.verbatim = verbatim; }
    public String getOnset() { return onset; }
    public void setOnset(String onset) { this.onset = onset; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public boolean isOngoing() { return ongoing; }
    public void setOngoing(boolean ongoing) { this.ongoing = ongoing; }
    public Integer getGrade() { return grade; }
    public void setGrade(Integer grade) { this.grade = grade; }
    public String getGradeSince() { return gradeSince; }
    public void setGradeSince(String gradeSince) { this.gradeSince = gradeSince; }
    public boolean isSerious() { return serious; }
    public void setSerious(boolean serious) { this.serious = serious; }
    public List<String> getCriteria() { return criteria; }
    public void setCriteria(List<String> criteria) { this.criteria = criteria; }
    public LocalDateTime getAwareness() { return awareness; }
    public void setAwareness(LocalDateTime awareness) { this.awareness = awareness; }
    public List<AttributionRow> getAttributions() { return attributions; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public boolean isImmuneRelated() { return immuneRelated; }
    public void setImmuneRelated(boolean immuneRelated) { this.immuneRelated = immuneRelated; }
    public String getImmuneCategory() { return immuneCategory; }
    public void setImmuneCategory(String immuneCategory) { this.immuneCategory = immuneCategory; }
    public String getTreatmentGiven() { return treatmentGiven; }
    public void setTreatmentGiven(String treatmentGiven) { this.treatmentGiven = treatmentGiven; }
    public String getBaselineCondition() { return baselineCondition; }
    public void setBaselineCondition(String baselineCondition) { this.baselineCondition = baselineCondition; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<SelectItem> getGradeOptions() { return gradeOptions; }

    public SubmitGuard getGuard() {
        return guard;
    }
}
