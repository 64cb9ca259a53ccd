package org.vigia.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionReader;

/**
 * The typed study definitions of the application, one per stored version: each version is read from the database,
 * parsed and validated ({@link StudyDefinitionReader}) the first time it is asked for, then served from memory.
 * Stored versions never change (a change is a new version), so the key is the study and its
 * {@code definitionVersion}; data keep the version they were entered under and ask for exactly that one.
 * <pre>{@code
 * @Inject
 * private StudyDefinitionRegistry definitions;
 *
 * StudyDefinition entered = definitions.definition(subject.getStudyId(), subject.getDefinitionVersion());
 * StudyDefinition newest = definitions.current(studyId);
 * }</pre>
 */
@ApplicationScoped
public class StudyDefinitionRegistry {

    /** A stored version: the study's database id and the definition's {@code definitionVersion}. */
    record Key(Long studyId, String definitionVersion) {
    }

    private final Map<Key, StudyDefinition> parsed = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager em;

    /** A definition as entered data saw it: by study and version; {@link RecordNotFound} if none is stored. */
    public StudyDefinition definition(Long studyId, String definitionVersion) {
        Key key = new Key(studyId, definitionVersion);
        StudyDefinition known = parsed.get(key);
        return known != null ? known : parsed.computeIfAbsent(key, k -> read(stored(k)));
    }

    /** The newest definition of a study (latest effective date, then latest loaded). */
    public StudyDefinition current(Long studyId) {
        String newest = em.createQuery("select v.definitionVersion from StudyDefinitionVersion v where v.studyId = :s"
                        + " order by v.effectiveFrom desc, v.id desc", String.class).setParameter("s", studyId)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("Definition of study", studyId));
        return definition(studyId, newest);
    }

    private StudyDefinitionVersion stored(Key key) {
        return em.createQuery("select v from StudyDefinitionVersion v where v.studyId = :s and v.definitionVersion = :d",
                        StudyDefinitionVersion.class).setParameter("s", key.studyId())
                .setParameter("d", key.definitionVersion()).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound(Text.of(Bundle.MESSAGES, "error.notFound",
                        Text.of(Bundle.MESSAGES, "record.Definition_version", key.definitionVersion()), key.studyId())));
    }

    /** Parses and validates one stored version (its verbatim text). */
    static StudyDefinition read(StudyDefinitionVersion v) {
        return StudyDefinitionReader.read(new ByteArrayInputStream(v.getContent().getBytes(StandardCharsets.UTF_8)),
                v.getSourceName());
    }
}
