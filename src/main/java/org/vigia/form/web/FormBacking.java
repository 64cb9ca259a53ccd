package org.vigia.form.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.form.FormEngine;
import org.vigia.form.FormPreview;
import org.vigia.form.FormRecordView;
import org.vigia.form.FormService;
import org.vigia.form.FormStatus;
import org.vigia.form.ItemPath;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.ItemGroup;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.ViewParams;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * The generic form screen {@code subject/form.xhtml?subject=ID&visit=CODE&form=OID}: any form of the library at a
 * visit of the subject, drawn from its definition ({@link FormLayout}), saved through {@link FormService#save} (the
 * same validation as the API). Keeps only ids and the values typed (strings by item path), the rows on screen and the
 * confirmed warnings: the definition and the preview ({@link FormEngine#preview}: computed items, warnings, hidden
 * items) are recomputed from them, so a postback works on another node.
 */
@Named
@ViewScoped
public class FormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FormService forms;

    @Inject
    private SubjectService subjects;

    @Inject
    private AccessGuard access;

    /** The licensed questionnaire wording, shown for the items of a questionnaire (application-scoped). */
    @Inject
    private org.vigia.form.InstrumentWordingRegistry wording;

    private String subjectParam;
    private String visitParam;
    private String formParam;

    private Long subjectId;
    private String subjectLabel;
    private String visitCode;
    private String formOid;
    private int formVersion;
    private boolean mayEdit;
    private Long version;
    private FormStatus status;
    private List<String> missing = List.of();
    /** The questionnaire scores of the record as saved (empty for a form without one). */
    private ArrayList<ScoreRow> scores = new ArrayList<>();
    private HashMap<String, String> values = new HashMap<>();
    /** Multiple choices by path: what the checkboxes give (an array or a list of codes). */
    private HashMap<String, Object> choices = new HashMap<>();
    private HashMap<String, Boolean> confirmed = new HashMap<>();
    private HashMap<String, Integer> rows = new HashMap<>();
    /** The subject's adverse events by label, for the items {@code reference: ADVERSE_EVENT} (empty when none). */
    private ArrayList<FormLayout.Choice> adverseEvents = new ArrayList<>();
    @MaxLength(TextLimits.REASON)
    private String reason;

    private String visitName;
    private transient FormDefinition definition;
    private transient FormLayout layout;
    private transient FormPreview preview;

    /** The view action: loads the record (empty while never saved); 404 for a subject, visit or form not found. */
    public void open() {
        subjectId = ViewParams.id(subjectParam, "Subject");
        Subject s = subjects.get(subjectId);
        subjectLabel = s.label();
        mayEdit = access.holds(s.getStudyId(), s.getSiteId(), Role.SITE_COORDINATOR, Role.INVESTIGATOR,
                Role.DATA_MANAGER, Role.ADMIN);
        show(forms.record(subjectId, visitParam, formParam));
        visitName = forms.visitName(subjectId, visitCode);
    }

    private void show(FormRecordView r) {
        visitCode = r.visitCode();
        formOid = r.formOid();
        formVersion = r.formVersion();
        version = r.version();
        status = r.status();
        missing = r.missing();
        scores = new ArrayList<>();
        r.scores().forEach((instrument, scales) -> scales.forEach((scale, score) -> scores.add(new ScoreRow(
                org.vigia.shared.text.Texts.text(org.vigia.shared.text.Bundle.INSTRUMENT, Messages.locale(),
                        "enum.Instrument." + instrument),
                scale, org.vigia.shared.text.Texts.find(org.vigia.shared.text.Bundle.INSTRUMENT, Messages.locale(),
                        "scale." + scale).orElse(scale), score == null ? null : score.toPlainString()))));
        definition = null;
        values = new HashMap<>();
        choices = new HashMap<>();
        confirmed = new HashMap<>();
        rows = new HashMap<>();
        for (ItemGroup g : definition().groups()) {
            if (g.repeating()) {
                rows.put(g.oid(), g.minRows());
            }
        }
        r.values().forEach((path, value) -> {
            ItemPath p = ItemPath.parse(path).orElseThrow();
            if (definition().item(p.item()).orElseThrow().type() == org.vigia.form.definition.ItemType.MULTI_CHOICE) {
                choices.put(path, new ArrayList<>(List.of(value.split(","))));
            } else {
                values.put(path, value);
            }
            if (definition().group(p.group()).orElseThrow().repeating()) {
                rows.merge(p.group(), p.row() + 1, Math::max);
            }
        });
        r.warnings().keySet().forEach(p -> confirmed.put(p, true));
        adverseEvents = new ArrayList<>();
        if (definition().groups().stream().flatMap(g -> g.items().stream())
                .anyMatch(org.vigia.form.definition.Item::referencesAdverseEvent)) {
            forms.adverseEventOptions(subjectId).forEach(e -> adverseEvents.add(new FormLayout.Choice(
                    String.valueOf(e.id()), Messages.text(Bundle.FORM, "form.screen.adverseEventOption", e.term(),
                            String.valueOf(e.grade()), e.onset()))));
        }
        reason = null;
        changed();
    }

    /** Saves every value shown through the form service; a refusal stays on the page with what was typed. */
    public void save() {
        changed();
        Map<String, Object> payload = new HashMap<>();
        for (FormLayout.Group g : getLayout().groups()) {
            for (FormLayout.Row row : g.rows()) {
                for (FormLayout.Cell c : row.cells()) {
                    if (preview().hidden().contains(c.path()) || c.column().input() == FormLayout.Input.COMPUTED) {
                        continue;
                    }
                    Object v = c.column().input() == FormLayout.Input.MULTI_CHOICE ? codes(choices.get(c.path()))
                            : values.get(c.path());
                    if (v != null) {
                        payload.put(c.path(), v);
                    }
                }
            }
        }
        Set<String> confirmations = new LinkedHashSet<>();
        confirmed.forEach((p, yes) -> {
            if (Boolean.TRUE.equals(yes) && preview().warnings().containsKey(p) && !preview().hidden().contains(p)) {
                confirmations.add(p);
            }
        });
        show(forms.save(subjectId, visitCode, formOid, version, payload, confirmations, reason));
        Messages.info(Bundle.FORM, "form.screen.saved");
    }

    /** Adds an empty row to a repeating group. */
    public void addRow(String group) {
        rows.merge(group, 1, Integer::sum);
        changed();
    }

    /** Removes a row of a repeating group; the rows below move up. */
    public void removeRow(String group, int row) {
        int n = rows.getOrDefault(group, 0);
        for (int r = row; r < n; r++) {
            for (FormLayout.Column c : getLayout().groups().stream().filter(g -> g.oid().equals(group)).findFirst()
                    .orElseThrow().columns()) {
                move(values, group, r, c.oid());
                move(choices, group, r, c.oid());
                move(confirmed, group, r, c.oid());
            }
        }
        rows.put(group, Math.max(0, n - 1));
        changed();
    }

    private static <T> void move(Map<String, T> map, String group, int row, String item) {
        T below = map.remove(ItemPath.of(group, row + 1, item).toString());
        String here = ItemPath.of(group, row, item).toString();
        if (below == null) {
            map.remove(here);
        } else {
            map.put(here, below);
        }
    }

    /** A value changed: the computed items, warnings and hidden items follow (ajax listener). */
    public void changed() {
        layout = null;
        preview = null;
    }

    private FormDefinition definition() {
        if (definition == null) {
            definition = forms.definition(formOid, formVersion);
        }
        return definition;
    }

    private FormPreview preview() {
        if (preview == null) {
            Map<String, Object> typed = new HashMap<>(values);
            choices.forEach((p, v) -> typed.put(p, codes(v)));
            preview = FormEngine.preview(definition(), typed, rows);
        }
        return preview;
    }

    /** The codes a multiple choice gives, as the engine reads them. */
    private static List<String> codes(Object v) {
        if (v instanceof Object[] a) {
            return a.length == 0 ? null : java.util.Arrays.stream(a).map(String::valueOf).toList();
        }
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? null : c.stream().map(String::valueOf).toList();
        }
        return null;
    }

    public FormLayout getLayout() {
        if (layout == null) {
            layout = FormLayout.of(definition(), rows, Messages.locale(), Map.of(
                    "Y", Messages.text(Bundle.FORM, "form.yes"), "N", Messages.text(Bundle.FORM, "form.no"),
                    "DATE", "yyyy-mm-dd", "PARTIAL_DATE", Messages.text(Bundle.FORM, "form.screen.partialDateHint"),
                    "TIME", "HH:mm"), wording.wording());
        }
        return layout;
    }

    public boolean shown(FormLayout.Cell cell) {
        return !preview().hidden().contains(cell.path());
    }

    public boolean groupShown(FormLayout.Group group) {
        return !preview().hidden().contains(group.oid());
    }

    /** The required items still missing, by label (and row), in the view's language. */
    public List<String> getMissingLabels() {
        List<String> out = new ArrayList<>();
        for (String m : missing) {
            ItemPath p = ItemPath.parse(m).orElse(null);
            String groupOid = p != null ? p.group() : m.substring(0, m.indexOf('['));
            int row = p != null ? p.row() : Integer.parseInt(m.substring(m.indexOf('[') + 1, m.indexOf(']')));
            ItemGroup g = definition().group(groupOid).orElseThrow();
            String where = g.repeating() ? " (" + g.name().in(Messages.locale()) + " " + (row + 1) + ")" : "";
            out.add((p == null ? Messages.text(Bundle.FORM, "form.screen.row") : definition().item(p.item()).orElseThrow()
                    .label().in(Messages.locale())) + where);
        }
        return out;
    }

    public String computed(FormLayout.Cell cell) {
        return preview().computed().get(cell.path());
    }

    /** The soft-range warning of the value typed at {@code cell}, in the view's language; null when none. */
    public String warning(FormLayout.Cell cell) {
        var w = preview().warnings().get(cell.path());
        return w == null || !shown(cell) ? null : Messages.text(w);
    }

    public String getFormName() { return getLayout().name(); }
    public String getSubjectParam() { return subjectParam; }
    public void setSubjectParam(String subjectParam) { this.subjectParam = subjectParam; }
    public String getVisitParam() { return visitParam; }
    public void setVisitParam(String visitParam) { this.visitParam = visitParam; }
    public String getFormParam() { return formParam; }
    public void setFormParam(String formParam) { this.formParam = formParam; }
    public Long getSubjectId() { return subjectId; }
    public String getSubjectLabel() { return subjectLabel; }
    public String getVisitCode() { return visitCode; }
    /** The visit's name in the schedule, for the page title. */
    public String getVisitName() { return visitName; }
    public String getFormOid() { return formOid; }
    public int getFormVersion() { return formVersion; }
    public Long getVersion() { return version; }
    public FormStatus getStatus() { return status; }
    public List<String> getMissing() { return missing; }
    public List<ScoreRow> getScores() { return scores; }

    /**
     * One score as the screen shows it: questionnaire and scale by label, the scale's manual abbreviation, the score
     * with two decimals, null when too few questions were answered.
     */
    public record ScoreRow(String instrument, String scale, String label, String score) implements java.io.Serializable {
    }
    public boolean isMayEdit() { return mayEdit; }
    public Map<String, String> getValues() { return values; }
    public Map<String, Object> getChoices() { return choices; }
    public Map<String, Boolean> getConfirmed() { return confirmed; }
    /** The subject's adverse events as a {@code reference: ADVERSE_EVENT} item offers them (value: the AE id). */
    public List<FormLayout.Choice> getAdverseEvents() { return adverseEvents; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
