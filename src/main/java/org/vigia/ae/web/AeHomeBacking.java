package org.vigia.ae.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.vigia.ae.ProposedAdverseEvent;
import org.vigia.ae.ProposedAdverseEventService;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/** Backs {@code ae/index.xhtml}: choose a study, open a subject's AEs, and the study's pending AE proposals. */
@Named
@ViewScoped
public class AeHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StudyService studies;

    @Inject
    private SubjectService subjects;

    @Inject
    private ProposedAdverseEventService proposals;

    private List<Study> studyList;
    private Long studyId;
    private List<Subject> subjectList = List.of();
    private List<ProposedAdverseEvent> pending = List.of();

    @PostConstruct
    void init() {
        studyList = studies.listVisible();
        if (!studyList.isEmpty()) {
            studyId = studyList.get(0).getId();
            load();
        }
    }

    public void load() {
        subjectList = studyId == null ? List.of() : subjects.list(studyId);
        pending = studyId == null ? List.of() : proposals.pending(studyId);
    }

    public List<Study> getStudyList() { return studyList; }
    public Long getStudyId() { return studyId; }
    public void setStudyId(Long studyId) { this.studyId = studyId; }
    public List<Subject> getSubjectList() { return subjectList; }
    public List<ProposedAdverseEvent> getPending() { return pending; }
}
