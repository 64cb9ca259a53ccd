package org.vigia.form;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.form.definition.FormCatalog;
import org.vigia.form.definition.FormDefinition;

/**
 * Loads the bundled form library ({@code config/forms/}, listed in {@code index.txt}) into the database at start-up:
 * a new form version is stored verbatim (audited {@code LOAD_FORM}); a known version must be unchanged (a stored
 * version is never edited: a change is a new version). A file that is not valid stops the deployment with the file
 * and every problem named, as a study definition does.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class FormLibraryLoader {

    private static final Logger LOG = Logger.getLogger(FormLibraryLoader.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private FormLibraryRegistry registry;

    @PostConstruct
    void load() {
        FormCatalog catalog = FormCatalog.loadFromClasspath("forms/", getClass().getClassLoader());
        for (FormCatalog.Entry entry : catalog.entries()) {
            FormDefinition f = entry.form();
            StoredFormDefinition known = em.createQuery("select d from StoredFormDefinition d where d.formOid = :o"
                            + " and d.formVersion = :v", StoredFormDefinition.class)
                    .setParameter("o", f.oid()).setParameter("v", f.version()).getResultStream().findFirst().orElse(null);
            if (known == null) {
                StoredFormDefinition stored = new StoredFormDefinition(f.oid(), f.version(), f.procedure(),
                        entry.resource(), entry.sha256(), entry.yaml());
                em.persist(stored);
                em.flush();
                audit.record(AuditEntry.of("LOAD_FORM", "FormDefinition", stored.getId())
                        .field("form", null, f.oid() + " version " + f.version()).reason("sha256 " + entry.sha256()));
                LOG.info(() -> "Loaded form " + f.oid() + " version " + f.version());
            } else if (!known.getSha256().equals(entry.sha256())) {
                LOG.severe(() -> "Form " + f.oid() + " version " + f.version() + " (" + entry.resource() + ") differs from"
                        + " the one already loaded; the stored version stays in force. Give a changed form a new version.");
            }
        }
        registry.reset();
    }
}
