package org.vigia.response.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.ViewParams;
import org.vigia.response.BaselineFinding;
import org.vigia.response.ImagingMethod;
import org.vigia.response.IrradiationStatus;
import org.vigia.response.LesionRole;
import org.vigia.response.Organ;
import org.vigia.response.assessment.LesionEntry;
import org.vigia.response.assessment.ResponseService;
import org.vigia.response.assessment.TumourAssessment;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Backs {@code response/baseline.xhtml}: the baseline target and non-target lesions of one subject, with the
 * RECIST 1.1 selection findings shown next to each lesion after every save (violations are flagged, not refused).
 */
@Named
@ViewScoped
public class TumourBaselineBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResponseService responses;

    @Inject
    private SubjectService subjects;

    /** One editable lesion row. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private LesionRole role;
        private Organ organ;
        private BigDecimal diameterMm;
        private ImagingMethod method = ImagingMethod.CT;
        private LocalDate scannedOn;
        private IrradiationStatus irradiation = IrradiationStatus.NOT_IRRADIATED;
        private String findings;

        public String getCode() { return code; }
        public LesionRole getRole() { return role; }
        public boolean isTarget() { return role == LesionRole.TARGET; }
        public Organ getOrgan() { return organ; }
        public void setOrgan(Organ organ) { this.organ = organ; }
        public BigDecimal getDiameterMm() { return diameterMm; }
        public void setDiameterMm(BigDecimal diameterMm) { this.diameterMm = diameterMm; }
        public ImagingMethod getMethod() { return method; }
        public void setMethod(ImagingMethod method) { this.method = method; }
        public LocalDate getScannedOn() { return scannedOn; }
        public void setScannedOn(LocalDate scannedOn) { this.scannedOn = scannedOn; }
        public IrradiationStatus getIrradiation() { return irradiation; }
        public void setIrradiation(IrradiationStatus irradiation) { this.irradiation = irradiation; }
        public String getFindings() { return findings; }
    }

    /** The {@code subject} view parameter, as text: an id that is not a number answers 404. */
    private String subjectParam;
    private Long subjectId;
    private Subject subject;
    private Long version;
    private LocalDate assessedOn;
    @MaxLength(TextLimits.REASON)
    private String reason;
    private List<Row> rows = new ArrayList<>();
    private List<BaselineFinding> selectionFindings = List.of();

    /**
     * The view action of {@code response/baseline.xhtml?subject=ID} ({@code f:viewParam subject}): loads the subject
     * (404 across sites) and its baseline, if any.
     */
    public void open() {
        subjectId = ViewParams.optionalId(subjectParam, "Subject");
        load();
    }

    public void load() {
        subject = subjects.get(subjectId);
        rows = new ArrayList<>();
        responses.baseline(subjectId).ifPresent(b -> {
            version = b.getVersion();
            assessedOn = b.getAssessedOn();
            b.getLesions().forEach(l -> {
                Row r = new Row();
                r.code = l.getCode();
                r.role = l.getRole();
                r.organ = l.getOrgan();
                r.diameterMm = l.getDiameterMm();
                r.method = l.getMethod();
                r.scannedOn = l.getScannedOn();
                r.irradiation = l.getIrradiation();
                rows.add(r);
            });
            show(responses.findings(b));
        });
    }

    public void addTarget() {
        add(LesionRole.TARGET, "T");
    }

    public void addNonTarget() {
        add(LesionRole.NON_TARGET, "NT");
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    public String save() {
        List<LesionEntry> entries = rows.stream().map(r -> new LesionEntry(r.code, r.role, r.organ, r.diameterMm,
                r.method, r.scannedOn != null ? r.scannedOn : assessedOn, r.irradiation)).toList();
        List<BaselineFinding> found = responses.saveBaseline(subjectId, version, assessedOn, entries, reason);
        load();
        show(found);
        reason = null;
        Messages.info(Bundle.RESPONSE, found.isEmpty() ? "baseline.saved" : "baseline.savedWithFindings", found.size());
        return null;
    }

    private void add(LesionRole role, String prefix) {
        int n = 1;
        while (true) {
            String code = prefix + n;
            if (rows.stream().noneMatch(r -> r.code.equals(code))) {
                break;
            }
            n++;
        }
        Row r = new Row();
        r.code = prefix + n;
        r.role = role;
        r.scannedOn = assessedOn;
        rows.add(r);
    }

    private void show(List<BaselineFinding> found) {
        selectionFindings = found.stream().filter(f -> f.lesionId() == null).toList();
        for (Row r : rows) {
            r.findings = found.stream().filter(f -> r.code.equals(f.lesionId()))
                    .map(f -> Messages.text(Bundle.RESPONSE, "finding." + f.code().name()))
                    .collect(Collectors.joining(" "));
        }
    }

    public boolean isEditing() { return version != null; }
    public Organ[] getOrgans() { return Organ.values(); }
    public ImagingMethod[] getMethods() { return ImagingMethod.values(); }
    public IrradiationStatus[] getIrradiations() { return IrradiationStatus.values(); }
    public List<String> getSelectionFindings() {
        return selectionFindings.stream().map(f -> Messages.text(Bundle.RESPONSE, "finding." + f.code().name())).toList();
    }
    public String getSubjectParam() { return subjectParam; }
    public void setSubjectParam(String subjectParam) { this.subjectParam = subjectParam; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public Subject getSubject() { return subject; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<Row> getRows() { return rows; }
}
