package org.vigia.form;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The one-off attachment to their visits of the complete form records saved before form records counted towards a
 * visit's status (the QoL questionnaires an installation of the previous version holds), at the first start-up of
 * this version; it marks itself done in {@code visit_record_backfill} (name {@value #NAME}) and never runs again. It
 * changes no clinical data (attachments are derived, not audited).
 */
@Startup
@Singleton
@DependsOn({"FormLibraryLoader", "VisitRecordBackfill"})
public class FormVisitBackfill {

    static final String NAME = "forms-count";
    private static final Logger LOG = Logger.getLogger(FormVisitBackfill.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FormService forms;

    @PostConstruct
    void run() {
        if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM visit_record_backfill WHERE name = ?1")
                .setParameter(1, NAME).getSingleResult()).longValue() > 0) {
            return;
        }
        long start = System.nanoTime();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT r.id FROM form_record r WHERE r.status = 'COMPLETE' AND NOT EXISTS"
                + " (SELECT 1 FROM visit_record v WHERE v.record_type = 'FormRecord' AND v.record_id = r.id) ORDER BY r.id")
                .getResultList();
        ids.forEach(id -> forms.attachStored(id.longValue()));
        em.createNativeQuery("INSERT INTO visit_record_backfill (name, done_at) VALUES (?1, ?2)")
                .setParameter(1, NAME).setParameter(2, java.sql.Timestamp.from(Instant.now())).executeUpdate();
        LOG.info(() -> "Form records: " + ids.size() + " complete records attached to their visits in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
