package org.vigia.dosing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigia.dosing.DeviationLogEntry;
import org.vigia.dosing.ExposureService;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Backs {@code dosing/deviations.xhtml} (the study's protocol deviation log, for monitors and sites) and
 * {@code dosing/index.xhtml} (the subjects of a study with links to their dosing and follow-up forms).
 */
@Named
@ViewScoped
public class DeviationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StudyService studyService;
    @Inject
    private ExposureService exposure;
    @Inject
    private SubjectService subjectService;

    private List<Study> studies;
    private String study;
    private List<DeviationLogEntry> list = List.of();
    private List<Subject> subjects = List.of();
    /** Agent names of the study's current definition, by id. */
    private Map<String, String> agentNames = Map.of();

    /** The view action ({@code f:viewParam study} sets {@link #setStudy} first): the requested study or the first. */
    public void open() {
        studies = studyService.listVisible();
        if (study == null) {
            study = studies.isEmpty() ? null : studies.get(0).getRegistryId();
        }
        load();
    }

    public void load() {
        if (study == null) {
            return;
        }
        list = exposure.deviations(study);
        Long studyId = studyService.getByRegistryId(study).getId();
        subjects = subjectService.list(studyId);
        Map<String, String> names = new LinkedHashMap<>();
        studyService.currentDefinition(studyId).agents().forEach(a -> names.put(a.id(), a.name()));
        agentNames = names;
    }

    /** The name of agent {@code id} in the study's current definition, else the id. */
    public String agentName(String id) {
        return id == null ? "" : agentNames.getOrDefault(id, id);
    }


    public List<Study> getStudies() { return studies; }
    public String getStudy() { return study; }
    public void setStudy(String study) { this.study = study; }
    public List<DeviationLogEntry> getList() { return list; }
    public List<Subject> getSubjects() { return subjects; }
}
