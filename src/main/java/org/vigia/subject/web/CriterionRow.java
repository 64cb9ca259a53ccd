package org.vigia.subject.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigia.platform.web.Messages;
import org.vigia.study.CriterionResult;
import org.vigia.study.definition.EligibilityCriterion;

/** One line of the eligibility form: what was typed for a criterion and its current evaluation. */
public class CriterionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String kind;
    private final String type;
    private final String label;
    private final String unitOfCriterion;
    private final List<String> units;
    private final boolean conditional;
    private String answer;
    private String value;
    private String unit;
    private String uln;
    private String creatinine;
    private String creatinineUnit = "µmol/L";
    private String weight;
    private boolean notApplicable;
    private String override;
    private String status = "MISSING";
    private String valueText;
    private String thresholdText;
    private String message;
    /** The age criterion: computed from the year of birth and the consent date, not typed. */
    private final boolean computed;
    /** Lab criteria: the results of the screening window the value is taken from (null: not a lab criterion). */
    private List<LabChoice> labChoices;
    private String labChoice;

    /** A lab result offered for the value: its id, what the list shows, and the value and unit it fills in. */
    public record LabChoice(String id, String label, String value, String unit, String creatinineUnit)
            implements Serializable {
    }

    CriterionRow(EligibilityCriterion c, Map<String, Object> entry, String overrideReason) {
        this.id = c.id();
        this.kind = c.kind().name();
        this.type = c.type().name();
        this.label = c.label();
        this.unitOfCriterion = c.unit();
        this.units = c.findLabTest().map(t -> List.copyOf(t.units())).orElse(List.of());
        this.conditional = c.conditional();
        this.thresholdText = Messages.text(c.thresholdLabel());
        this.override = overrideReason;
        this.computed = c.isAge() && !c.conditional();
        if (entry != null) {
            Object a = entry.get("answer");
            answer = a == null ? null : Boolean.parseBoolean(a.toString()) || "yes".equals(a) ? "yes" : "no";
            value = text(entry.get("value"));
            unit = text(entry.get("unit"));
            uln = text(entry.get("uln"));
            creatinine = text(entry.get("creatinine"));
            creatinineUnit = entry.get("creatinineUnit") == null ? "µmol/L" : entry.get("creatinineUnit").toString();
            weight = text(entry.get("weightKg"));
            notApplicable = entry.get("notApplicable") != null;
        }
    }

    Map<String, Object> entry() {
        Map<String, Object> e = new LinkedHashMap<>();
        if (notApplicable) {
            e.put("notApplicable", "not applicable");
            return e;
        }
        put(e, "answer", answer == null ? null : "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null);
        put(e, "value", computed ? null : value);
        put(e, "unit", unit);
        put(e, "uln", uln);
        if (creatinine != null && !creatinine.isBlank()) {
            put(e, "creatinine", creatinine);
            put(e, "creatinineUnit", creatinineUnit);
            put(e, "weightKg", weight);
        }
        return e;
    }

    void show(CriterionResult r) {
        if (computed && r.value() != null) {
            value = r.value().stripTrailingZeros().toPlainString();
        }
        status = r.status().name();
        valueText = Messages.text(r.shownValue());
        thresholdText = Messages.text(r.shownThreshold());
        message = Messages.text(r.messageText());
    }

    /** Offers the lab results of the screening window (an empty list: none was found). */
    void offer(List<LabChoice> choices) {
        labChoices = choices;
    }

    /** Takes the value (and unit) of the chosen lab result. */
    public void takeLabChoice() {
        if (labChoices == null || labChoice == null) {
            return;
        }
        labChoices.stream().filter(l -> l.id().equals(labChoice)).findFirst().ifPresent(l -> {
            if ("CREATININE_CLEARANCE".equals(type)) {
                creatinine = l.value();
                creatinineUnit = l.creatinineUnit();
            } else {
                value = l.value();
                unit = "ULN_MULTIPLE".equals(type) ? null : l.unit();
            }
        });
    }

    public boolean isComputed() { return computed; }
    public List<LabChoice> getLabChoices() { return labChoices; }
    public String getLabChoice() { return labChoice; }
    public void setLabChoice(String labChoice) { this.labChoice = labChoice; }

    void problem(String text) {
        status = "ERROR";
        message = text;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null && !v.toString().isBlank()) {
            m.put(k, v);
        }
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    public String getId() { return id; }
    public String getKind() { return kind; }
    public String getType() { return type; }
    public String getLabel() { return label; }
    public String getUnitOfCriterion() { return unitOfCriterion; }
    public List<String> getUnits() { return units; }
    public boolean isConditional() { return conditional; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getUln() { return uln; }
    public void setUln(String uln) { this.uln = uln; }
    public String getCreatinine() { return creatinine; }
    public void setCreatinine(String creatinine) { this.creatinine = creatinine; }
    public String getCreatinineUnit() { return creatinineUnit; }
    public void setCreatinineUnit(String creatinineUnit) { this.creatinineUnit = creatinineUnit; }
    public String getWeight() { return weight; }
    public void setWeight(String weight) { this.weight = weight; }
    public boolean isNotApplicable() { return notApplicable; }
    public void setNotApplicable(boolean notApplicable) { this.notApplicable = notApplicable; }
    public String getOverride() { return override; }
    public void setOverride(String override) { this.override = override; }
    public String getStatus() { return status; }
    public String getValueText() { return valueText; }
    public String getThresholdText() { return thresholdText; }
    public String getMessage() { return message; }
}
