package org.vigia.study;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigia.account.AccessGuard;
import org.vigia.shared.RecordNotFound;
import org.vigia.study.definition.StudyDefinition;

/**
 * Studies and their definitions. The typed definitions come from the {@link StudyDefinitionRegistry}, which reads
 * each stored version once; the two definition methods here hand them on for the services that already use this one.
 * <pre>{@code
 * StudyDefinition def = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
 * }</pre>
 */
@Stateless
public class StudyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard access;

    @Inject
    private StudyDefinitionRegistry definitions;

    /** The studies the caller has a role in (every study for roles without a study restriction). */
    public List<Study> listVisible() {
        List<Study> all = em.createQuery("select s from Study s order by s.registryId", Study.class).getResultList();
        if (access.memberships().stream().anyMatch(m -> m.getStudyId() == null)) {
            return all;
        }
        return all.stream().filter(s -> access.memberships().stream().anyMatch(m -> s.getId().equals(m.getStudyId()))).toList();
    }

    public Optional<Study> findByRegistryId(String registryId) {
        return em.createQuery("select s from Study s where s.registryId = :r", Study.class)
                .setParameter("r", registryId).getResultStream().findFirst();
    }

    public Study getByRegistryId(String registryId) {
        return findByRegistryId(registryId).orElseThrow(() -> new RecordNotFound("Study", registryId));
    }

    public Study get(Long studyId) {
        return Optional.ofNullable(em.find(Study.class, studyId)).orElseThrow(() -> new RecordNotFound("Study", studyId));
    }

    public List<StudyDefinitionVersion> versions(Long studyId) {
        return em.createQuery("select v from StudyDefinitionVersion v where v.studyId = :s order by v.effectiveFrom",
                StudyDefinitionVersion.class).setParameter("s", studyId).getResultList();
    }

    /**
     * The definition version in effect on {@code date}: the latest one whose effective date is not after it (before
     * the first effective date, the first). Of versions with the same effective date the one loaded last wins: a
     * version that changes no protocol value (1.1, protocol values moved out of code) keeps its predecessor's date.
     */
    public StudyDefinitionVersion versionOn(Long studyId, LocalDate date) {
        List<StudyDefinitionVersion> versions = versions(studyId);
        Comparator<StudyDefinitionVersion> byDate = Comparator.comparing(StudyDefinitionVersion::getEffectiveFrom);
        return versions.stream().filter(v -> !v.getEffectiveFrom().isAfter(date))
                .max(byDate.thenComparing(StudyDefinitionVersion::getId))
                .orElseGet(() -> versions.stream()
                        .min(byDate.thenComparing(StudyDefinitionVersion::getId, Comparator.reverseOrder()))
                        .orElseThrow(() -> new RecordNotFound("Definition of study", studyId)));
    }

    /** The newest definition of a study ({@link StudyDefinitionRegistry#current}). */
    public StudyDefinition currentDefinition(Long studyId) {
        return definitions.current(studyId);
    }

    /** A definition as entered data saw it: by study and version ({@link StudyDefinitionRegistry#definition}). */
    public StudyDefinition definition(Long studyId, String definitionVersion) {
        return definitions.definition(studyId, definitionVersion);
    }
}
