package org.vigia.subject.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.vigia.shared.RecordNotFound;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/** Finds a subject of a study for a REST call: 404 when it does not exist, is in another study or another site. */
@RequestScoped
public class SubjectLookup {

    @Inject
    private SubjectService subjects;

    @Inject
    private StudyService studies;

    public Subject inStudy(String registryId, Long id) {
        Study study = studies.getByRegistryId(registryId);
        Subject s = subjects.get(id);
        if (!s.getStudyId().equals(study.getId())) {
            throw new RecordNotFound("Subject", id);
        }
        return s;
    }
}
