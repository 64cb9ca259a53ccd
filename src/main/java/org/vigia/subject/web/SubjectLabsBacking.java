package org.vigia.subject.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.vigia.lab.LabResult;
import org.vigia.lab.LabResultService;
import org.vigia.lab.LabTest;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.SubmitGuard;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * The labs section of {@code subject/view.xhtml}: enter a result (the unit must fit the test, the value must be a
 * number), optionally as a baseline result; list results with canonical value, LLN/ULN and CTCAE grade.
 */
@Named
@ViewScoped
public class SubjectLabsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SubmitGuard guard = new SubmitGuard();

    @Inject
    private LabResultService labs;

    private Long subjectId;
    private List<LabResult> results;
    private String test;
    private LocalDate collectedOn = LocalDate.now();
    @MaxLength(40)
    private String value;
    @MaxLength(TextLimits.LAB_UNIT)
    private String unit;
    @MaxLength(TextLimits.LAB_VISIT_CODE)
    private String visitCode;
    private boolean baseline = true;

    @PostConstruct
    void load() {
        subjectId = RequestParams.subjectId();
        results = labs.forSubject(subjectId);
    }

    public void record() {
        if (!guard.allowsSave()) {
            return;
        }
        LabTest t = LabTest.byCode(test).orElseThrow(() -> new InvalidInput("test", Text.of(Bundle.SUBJECT, "lab.chooseTest")));
        BigDecimal v;
        try {
            v = value == null || value.isBlank() ? null : new BigDecimal(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInput("value", Text.of(Bundle.SUBJECT, "lab.notNumber", value));
        }
        labs.record(subjectId, t, collectedOn, visitCode, v, unit, baseline);
        results = labs.forSubject(subjectId);
        Messages.info(Bundle.SUBJECT, "lab.saved", t.displayName());
        value = null;
    }

    public List<LabTest> getTests() {
        return List.of(LabTest.values());
    }

    /** The units the chosen test accepts, as a hint. */
    public String getUnitHint() {
        return LabTest.byCode(test).map(t -> String.join(", ", t.units())).orElse("");
    }

    public List<LabResult> getResults() { return results; }
    public String getTest() { return test; }
    public void setTest(String test) { this.test = test; }
    public LocalDate getCollectedOn() { return collectedOn; }
    public void setCollectedOn(LocalDate collectedOn) { this.collectedOn = collectedOn; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getVisitCode() { return visitCode; }
    public void setVisitCode(String visitCode) { this.visitCode = visitCode; }
    public boolean isBaseline() { return baseline; }
    public void setBaseline(boolean baseline) { this.baseline = baseline; }

    public SubmitGuard getGuard() {
        return guard;
    }
}
