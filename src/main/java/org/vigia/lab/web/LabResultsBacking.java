package org.vigia.lab.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.vigia.lab.LabResult;
import org.vigia.lab.LabResultService;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.SubmitGuard;
import org.vigia.platform.web.ViewParams;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.terminology.LabTest;

/**
 * The one lab screen, {@code WEB-INF/lab/results.xhtml}: enter a result of a subject (test, collection date, value,
 * a unit of the test, visit, baseline; graded by CTCAE v5.0 on saving) and list the subject's results with canonical
 * value, LLN/ULN and CTCAE grade. Included by {@code subject/view.xhtml} and {@code ae/labs.xhtml}, which set the
 * subject and what else to refresh after a save:
 * <pre>{@code
 * <f:metadata>
 *   <f:viewParam name="subject" value="#{labResultsBacking.subjectId}"/>
 *   <f:viewAction action="#{labResultsBacking.load}"/>
 * </f:metadata>
 * ...
 * <ui:include src="/WEB-INF/lab/results.xhtml"><ui:param name="alsoUpdate" value=":proposalsForm"/></ui:include>
 * }</pre>
 */
@Named
@ViewScoped
public class LabResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SubmitGuard guard = new SubmitGuard();

    @Inject
    private LabResultService labs;

    private Long subjectId;
    /** The subject page's {@code id} parameter, as text: an id that is not a number answers 404. */
    private String idParam;
    private List<LabResult> results = List.of();

    private LabTest test = LabTest.ANC;
    private LocalDate collectedOn = LocalDate.now();
    @DecimalDigits(integer = 12, fraction = 6)
    private BigDecimal value;
    private String unit = LabTest.ANC.canonicalUnit();
    @MaxLength(TextLimits.LAB_VISIT_CODE)
    private String visitCode;
    private boolean baseline;

    /** Loads the subject's results (404 for a subject the caller may not see). */
    public void load() {
        if (idParam != null) {
            subjectId = ViewParams.id(idParam, "Subject");
        }
        results = labs.forSubject(subjectId);
    }

    /** Keeps the unit when the new test accepts it, else takes the test's canonical unit. */
    public void testChanged() {
        if (test != null && !test.accepts(unit)) {
            unit = test.canonicalUnit();
        }
    }

    public void record() {
        if (!guard.allowsSave()) {
            return;
        }
        LabResult r = labs.record(subjectId, test, collectedOn, visitCode, value, unit, baseline);
        Messages.info(Bundle.MESSAGES, "lab.recorded", r.getTest().displayName());
        value = null;
        visitCode = null;
        baseline = false;
        load();
    }

    public List<LabTest> getTests() { return List.of(LabTest.values()); }
    public List<String> getUnits() { return test == null ? List.of() : List.copyOf(test.units()); }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public List<LabResult> getResults() { return results; }
    public LabTest getTest() { return test; }
    public void setTest(LabTest test) { this.test = test; }
    public LocalDate getCollectedOn() { return collectedOn; }
    public void setCollectedOn(LocalDate collectedOn) { this.collectedOn = collectedOn; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
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
