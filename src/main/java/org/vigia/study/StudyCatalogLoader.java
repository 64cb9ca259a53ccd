package org.vigia.study;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.platform.ConfigKeys;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionCatalog;

/**
 * Loads the bundled study definitions ({@code config/studies/}, listed in {@code index.txt}) into the database at
 * start-up: a new study or a new definition version is stored verbatim; a known version must be unchanged
 * (an applied version is never edited: a change is a new version with its own effective date).
 * In demo mode every study is opened at the demo sites.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrator", "AccountsBootstrap"})
public class StudyCatalogLoader {

    private static final Logger LOG = Logger.getLogger(StudyCatalogLoader.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO, defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void load() {
        StudyDefinitionCatalog catalog = StudyDefinitionCatalog.loadFromClasspath("studies/", getClass().getClassLoader());
        for (StudyDefinitionCatalog.Entry entry : catalog.entries()) {
            StudyDefinition d = entry.definition();
            Study study = em.createQuery("select s from Study s where s.registryId = :r", Study.class)
                    .setParameter("r", d.registryId()).getResultStream().findFirst().orElse(null);
            String allocation = d.allocation() == null ? null : d.allocation().method().name();
            if (study == null) {
                study = new Study(d.registryId(), d.title(), d.shortTitle(), d.phase() == null ? null : d.phase().name(),
                        d.targetEnrolment(), allocation, new SecureRandom().nextLong());
                em.persist(study);
                em.flush();
                audit.record(AuditEntry.of("CREATE", "Study", study.getId()).scope(study.getId(), null, null)
                        .field("registryId", null, d.registryId()));
            }
            Long studyId = study.getId();
            List<StudyDefinitionVersion> known = em.createQuery(
                    "select v from StudyDefinitionVersion v where v.studyId = :s and v.definitionVersion = :v",
                    StudyDefinitionVersion.class).setParameter("s", studyId).setParameter("v", d.definitionVersion())
                    .getResultList();
            if (known.isEmpty()) {
                em.persist(new StudyDefinitionVersion(studyId, d.definitionVersion(), d.effectiveFrom(), entry.resource(),
                        entry.sha256(), entry.yaml()));
                study.describe(d.title(), d.shortTitle(), d.phase() == null ? null : d.phase().name(), d.targetEnrolment(), allocation);
                audit.record(AuditEntry.of("LOAD_DEFINITION", "Study", studyId).scope(studyId, null, null)
                        .field("definitionVersion", null, d.definitionVersion())
                        .reason("effective from " + d.effectiveFrom() + ", sha256 " + entry.sha256()));
                LOG.info(() -> "Loaded " + d.registryId() + " definition " + d.definitionVersion());
            } else if (!known.get(0).getSha256().equals(entry.sha256())) {
                LOG.severe(() -> d.registryId() + " definition version " + d.definitionVersion() + " differs from the one"
                        + " already loaded; the stored version stays in force. Give a changed definition a new"
                        + " definitionVersion and effectiveFrom.");
            }
            if (demo) {
                openAtDemoSites(studyId);
            }
        }
    }

    private void openAtDemoSites(Long studyId) {
        em.createNativeQuery("insert ignore into study_site (study_id, site_id) select ?, id from site where code in ('CN01','CN02','FR01')")
                .setParameter(1, studyId).executeUpdate();
    }
}
