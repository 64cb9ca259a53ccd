package org.vigia.study;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.vigia.account.AccessGuard;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionReader;

/**
 * Studies and their definitions. A definition version is parsed once and cached (versions never change).
 * <pre>{@code
 * StudyDefinition def = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
 * }</pre>
 */
@Stateless
public class StudyService {

    private static final Map<String, StudyDefinition> PARSED = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard access;

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

    /** The definition version in effect on {@code date}: the latest one whose effective date is not after it. */
    public StudyDefinitionVersion versionOn(Long studyId, LocalDate date) {
        List<StudyDefinitionVersion> versions = versions(studyId);
        return versions.stream().filter(v -> !v.getEffectiveFrom().isAfter(date))
                .max(Comparator.comparing(StudyDefinitionVersion::getEffectiveFrom))
                .orElseGet(() -> versions.stream().min(Comparator.comparing(StudyDefinitionVersion::getEffectiveFrom))
                        .orElseThrow(() -> new RecordNotFound("Definition of study", studyId)));
    }

    /** The newest definition of a study. */
    public StudyDefinition currentDefinition(Long studyId) {
        return parsed(em.createQuery("select v.id, v.sha256 from StudyDefinitionVersion v where v.studyId = :s"
                        + " order by v.effectiveFrom desc, v.id desc", Object[].class).setParameter("s", studyId).setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(() -> new RecordNotFound("Definition of study", studyId)));
    }

    /** A definition as entered data saw it: by study and version. */
    public StudyDefinition definition(Long studyId, String definitionVersion) {
        return parsed(em.createQuery("select v.id, v.sha256 from StudyDefinitionVersion v where v.studyId = :s"
                        + " and v.definitionVersion = :d", Object[].class).setParameter("s", studyId)
                .setParameter("d", definitionVersion).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound(Text.of(Bundle.MESSAGES, "error.notFound",
                        Text.of(Bundle.MESSAGES, "record.Definition_version", definitionVersion), studyId))));
    }

    /**
     * The parsed definition of a version given as {@code [id, sha256]}: services ask for it on every call, so only
     * the key is read, and the text (tens of kB) only the first time its digest is seen.
     */
    private StudyDefinition parsed(Object[] idAndSha) {
        StudyDefinition cached = PARSED.get((String) idAndSha[1]);
        return cached != null ? cached : parse(em.find(StudyDefinitionVersion.class, idAndSha[0]));
    }

    static StudyDefinition parse(StudyDefinitionVersion v) {
        return PARSED.computeIfAbsent(v.getSha256(), k -> StudyDefinitionReader.read(
                new ByteArrayInputStream(v.getContent().getBytes(StandardCharsets.UTF_8)), v.getSourceName()));
    }
}
