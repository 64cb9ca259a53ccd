package org.vigia.ae.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.vigia.ae.RadiotherapyCheckService;
import org.vigia.ae.RadiotherapySkinMucosaCheck;
import org.vigia.platform.web.Messages;
import org.vigia.shared.text.Bundle;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/** Backs {@code ae/rt-checks.xhtml?subject=ID}: weekly oral mucositis / radiation dermatitis grades during RT. */
@Named
@ViewScoped
public class RadiotherapyChecksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RadiotherapyCheckService checks;

    @Inject
    private SubjectService subjects;

    private Long subjectId;
    private Subject subject;
    private List<RadiotherapySkinMucosaCheck> list = List.of();
    private LocalDate assessedOn = LocalDate.now();
    private Integer rtWeek;
    private Integer mucositisGrade;
    private Integer dermatitisGrade;
    private Integer maxWeek;
    private List<Integer> grades = List.of();

    public void load() {
        subject = subjects.get(subjectId);
        list = checks.list(subjectId);
        checks.settings(subjectId).ifPresentOrElse(c -> {
            maxWeek = c.maxWeek();
            grades = java.util.stream.IntStream.rangeClosed(0, c.maxGrade()).boxed().toList();
        }, () -> {
            maxWeek = null;
            grades = List.of();
        });
    }

    public void record() {
        checks.record(subjectId, assessedOn, rtWeek, mucositisGrade, dermatitisGrade);
        Messages.info(Bundle.AE, "ae.saved");
        rtWeek = mucositisGrade = dermatitisGrade = null;
        load();
    }

    /** Whether the subject's study has the weekly check (its definition's {@code radiotherapyCheck}). */
    public boolean isAvailable() { return maxWeek != null; }
    public Integer getMaxWeek() { return maxWeek; }
    public List<Integer> getGrades() { return grades; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public Subject getSubject() { return subject; }
    public List<RadiotherapySkinMucosaCheck> getList() { return list; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public Integer getRtWeek() { return rtWeek; }
    public void setRtWeek(Integer rtWeek) { this.rtWeek = rtWeek; }
    public Integer getMucositisGrade() { return mucositisGrade; }
    public void setMucositisGrade(Integer mucositisGrade) { this.mucositisGrade = mucositisGrade; }
    public Integer getDermatitisGrade() { return dermatitisGrade; }
    public void setDermatitisGrade(Integer dermatitisGrade) { this.dermatitisGrade = dermatitisGrade; }
}
