package org.vigia.subject;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.vigia.shared.RecordNotFound;
import org.vigia.study.Study;
import org.vigia.study.StudyService;

/**
 * The one guard for a call that names a study and a subject (a REST path {@code /studies/{registryId}/subjects/{id}}):
 * the subject is returned only when the study exists, the subject exists, the caller may see it (the access check of
 * {@link SubjectService#get}, which audits a refusal) and it belongs to that study; otherwise {@link RecordNotFound}
 * (404), so that a subject of another study or site does not leak its existence.
 * <pre>{@code
 * @Inject SubjectLookup lookup;
 *
 * Subject s = lookup.inStudy(registryId, subjectId);   // or just lookup.inStudy(...) as a guard
 * }</pre>
 */
@RequestScoped
public class SubjectLookup {

    @Inject
    private SubjectService subjects;

    @Inject
    private StudyService studies;

    /** The subject {@code subjectId} of the study {@code registryId}, else {@link RecordNotFound}. */
    public Subject inStudy(String registryId, Long subjectId) {
        Study study = studies.getByRegistryId(registryId);
        Subject s = subjects.get(subjectId);
        if (!s.getStudyId().equals(study.getId())) {
            throw new RecordNotFound("Subject", subjectId);
        }
        return s;
    }
}
