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
    private Integer rtogMucositisGrade;
    private Integer rtogSkinGrade;
    private Integer maxWeek;
    private boolean rtog;
    private Integer severeFromGrade;
    private List<Integer> grades = List.of();
    private final List<Integer> rtogGrades = java.util.stream.IntStream
            .rangeClosed(0, org.vigia.study.definition.RadiotherapyCheckSettings.RTOG_MAX_GRADE).boxed().toList();

    public void load() {
        subject = subjects.get(subjectId);
        list = checks.list(subjectId);
        checks.settings(subjectId).ifPresentOrElse(c -> {
            maxWeek = c.maxWeek();
            rtog = c.rtog();
            severeFromGrade = c.severeEvent() == null ? null : c.severeFromGrade();
            grades = java.util.stream.IntStream.rangeClosed(0, c.maxGrade()).boxed().toList();
        }, () -> {
            maxWeek = null;
            grades = List.of();
        });
    }

    public void record() {
        checks.record(subjectId, assessedOn, rtWeek, mucositisGrade, dermatitisGrade, rtog ? rtogMucositisGrade : null,
                rtog ? rtogSkinGrade : null);
        Messages.info(Bundle.AE, "ae.saved");
        rtWeek = mucositisGrade = dermatitisGrade = rtogMucositisGrade = rtogSkinGrade = null;
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
    public Integer getRtogMucositisGrade() { return rtogMucositisGrade; }
    public void setRtogMucositisGrade(Integer g) { this.rtogMucositisGrade = g; }
    public Integer getRtogSkinGrade() { return rtogSkinGrade; }
    public void setRtogSkinGrade(Integer g) { this.rtogSkinGrade = g; }
    /** Whether the study grades on the RTOG scale too. */
    public boolean isRtog() { return rtog; }
    public List<Integer> getRtogGrades() { return rtogGrades; }
    /** The grade from which a check is severe and suspends radiotherapy; null when the study has no such rule. */
    public Integer getSevereFromGrade() { return severeFromGrade; }
    /** Whether a recorded check is severe by the study's rule. */
    public boolean severe(RadiotherapySkinMucosaCheck c) {
        return severeFromGrade != null && c.highestGrade(rtog) >= severeFromGrade;
    }
    public void setDermatitisGrade(Integer dermatitisGrade) { this.dermatitisGrade = dermatitisGrade; }
}
