package org.vigia.subject.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.ViewParams;
import org.vigia.shared.clinical.BodySurfaceAreaFormula;
import org.vigia.shared.clinical.CreatinineClearance;
import org.vigia.shared.clinical.Sex;
import org.vigia.shared.text.Bundle;
import org.vigia.study.definition.TumourClassification;
import org.vigia.subject.BaselineFormRules;
import org.vigia.subject.BaselineFormService;
import org.vigia.subject.BaselineFormService.BaselineFormView;
import org.vigia.subject.BaselineFormType;
import org.vigia.subject.BaselineLabs;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;
import org.vigia.terminology.CtcaeTerm;
import org.vigia.terminology.LabTest;
import org.vigia.terminology.Terminology;

/**
 * The baseline section of {@code subject/view.xhtml}: one small form per baseline form type, each saved on its
 * own with the version it was loaded at (a concurrent save gets a conflict message) and a reason when changing
 * saved values; BSA shown live by the study's formula; Cockcroft-Gault clearance from the baseline creatinine.
 */
@Named
@ViewScoped
public class BaselineBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<BaselineFormType, String> FORM_IDS = Map.of(BaselineFormType.DEMOGRAPHICS, "demographicsForm",
            BaselineFormType.ECOG, "ecogForm", BaselineFormType.TUMOUR, "tumourForm",
            BaselineFormType.MEDICAL_HISTORY, "historyForm", BaselineFormType.PRIOR_THERAPY, "therapyForm",
            BaselineFormType.VITALS, "vitalsForm");

    @Inject
    private Terminology terminology;

    @Inject
    private BaselineFormService baseline;

    @Inject
    private SubjectService subjects;

    @Inject
    private BaselineLabs labs;

    private Long subjectId;
    private String idParam;
    private BodySurfaceAreaFormula formula;
    private final Map<String, List<String>> tumourChoices = new HashMap<>();
    private final Map<String, Map<String, Object>> forms = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private final Map<String, Boolean> complete = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();
    private String bsa;

    /** The view action of {@code subject/view.xhtml?id=...} ({@code f:viewParam id}). */
    public void load() {
        subjectId = ViewParams.id(idParam, "Subject");
        formula = baseline.bsaFormula(subjectId);
        TumourClassification tumour = baseline.tumourClassification(subjectId);
        tumourChoices.put("site", List.copyOf(tumour.primarySites()));
        tumourChoices.put("t", List.copyOf(tumour.tCategories()));
        tumourChoices.put("n", List.copyOf(tumour.nCategories()));
        tumourChoices.put("m", List.copyOf(tumour.mCategories()));
        tumourChoices.put("stage", List.copyOf(tumour.stages()));
        tumourChoices.put("hpv", List.copyOf(tumour.hpvStatuses()));
        baseline.all(subjectId).forEach((t, v) -> show(v));
        computeBsa();
    }

    private void show(BaselineFormView v) {
        Map<String, Object> data = new LinkedHashMap<>();
        v.data().forEach((k, val) -> data.put(k, val instanceof List<?> l ? copyItems(l) : val == null ? null
                : val instanceof Boolean ? val : val.toString()));
        data.putIfAbsent("items", new ArrayList<Map<String, Object>>());
        forms.put(v.type().name(), data);
        versions.put(v.type().name(), v.version());
        complete.put(v.type().name(), v.complete());
        reasons.put(v.type().name(), null);
    }

    private static List<Map<String, Object>> copyItems(List<?> items) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (o instanceof Map<?, ?> src) {
                src.forEach((k, v) -> m.put(k.toString(), v == null ? null : v instanceof Boolean ? v : v.toString()));
            }
            out.add(m);
        }
        return out;
    }

    public void save(String type) {
        BaselineFormType t = BaselineFormType.valueOf(type);
        Map<String, Object> data = new LinkedHashMap<>(forms.get(type));
        if (t != BaselineFormType.MEDICAL_HISTORY && t != BaselineFormType.PRIOR_THERAPY) {
            data.remove("items");
        }
        show(baseline.save(subjectId, t, versions.get(type), data, reasons.get(type)));
        computeBsa();
        Messages.info(Bundle.SUBJECT, "baseline.saved", Messages.text(Bundle.SUBJECT, "form." + type));
    }

    @SuppressWarnings("unchecked")
    public void addItem(String type) {
        ((List<Map<String, Object>>) forms.get(type).get("items")).add(new LinkedHashMap<>(Map.of("ongoing", Boolean.TRUE)));
    }

    @SuppressWarnings("unchecked")
    public void removeItem(String type, int index) {
        ((List<Map<String, Object>>) forms.get(type).get("items")).remove(index);
    }

    /** Live BSA from the height and weight on the screen (blank while missing or implausible). */
    public void computeBsa() {
        Map<String, Object> v = forms.get(BaselineFormType.VITALS.name());
        bsa = BaselineFormRules.bsa(formula, number(v.get("heightCm")), number(v.get("weightKg")))
                .map(b -> b.toPlainString() + " m² (" + formula + ")").orElse(null);
    }

    /** Cockcroft-Gault clearance from the baseline creatinine, the baseline weight, age and sex; null if missing. */
    public String getCreatinineClearance() {
        Subject s = subjects.get(subjectId);
        Optional<BaselineLabs.BaselineValue> creat = labs.baseline(subjectId, LabTest.CREAT);
        BigDecimal weight = number(forms.get(BaselineFormType.VITALS.name()).get("weightKg"));
        if (creat.isEmpty() || weight == null || weight.signum() <= 0) {
            return null;
        }
        BaselineLabs.BaselineValue c = creat.get();
        BigDecimal crcl = CreatinineClearance.cockcroftGault(s.ageOn(c.collectedOn()),
                s.getSex(), weight, c.canonicalValue(), "µmol/L");
        return crcl.toPlainString() + " mL/min (" + c.canonicalValue().stripTrailingZeros().toPlainString()
                + " µmol/L, " + c.collectedOn() + ")";
    }

    public List<String> completeTerm(String query) {
        return terminology.ctcae().search(query == null ? "" : query, 15).stream().map(CtcaeTerm::term).toList();
    }

    private static BigDecimal number(Object o) {
        try {
            return o == null || o.toString().isBlank() ? null : new BigDecimal(o.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public List<String> choices(String list) {
        return switch (list) {
            case "category" -> BaselineFormRules.CONDITION_CATEGORIES;
            case "therapy" -> BaselineFormRules.THERAPY_TYPES;
            default -> tumourChoices.getOrDefault(list, List.of());
        };
    }

    public Map<String, Map<String, Object>> getForms() { return forms; }
    public Map<String, Long> getVersions() { return versions; }
    public Map<String, Boolean> getComplete() { return complete; }
    public Map<String, String> getReasons() { return reasons; }
    public String getBsa() { return bsa; }
    public BodySurfaceAreaFormula getFormula() { return formula; }

    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
}
