package org.vigia.form;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one-off attachment to their visits of the complete form records saved before form records counted towards a
 * visit's status (the QoL questionnaires an installation of the previous version holds). It runs in the background
 * after start-up (a task of the managed executor, so that it never holds up readiness: an installation of 9,000
 * records takes minutes), one record per transaction, and marks itself done in {@code visit_record_backfill} (name
 * {@value #NAME}) when every record is attached; stopped half-way, it goes on with the records left at the next start.
 * It changes no clinical data (attachments are derived, not audited).
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

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private SessionContext context;

    @PostConstruct
    void schedule() {
        if (!done()) {
            FormVisitBackfill self = context.getBusinessObject(FormVisitBackfill.class);
            executor.submit(self::attachAll);
        }
    }

    private boolean done() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM visit_record_backfill WHERE name = ?1")
                .setParameter(1, NAME).getSingleResult()).longValue() > 0;
    }

    /** Attaches the records left, each in its own transaction; called once, in the background. */
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void attachAll() {
        long start = System.nanoTime();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT r.id FROM form_record r WHERE r.status = 'COMPLETE' AND NOT EXISTS"
                + " (SELECT 1 FROM visit_record v WHERE v.record_type = 'FormRecord' AND v.record_id = r.id) ORDER BY r.id")
                .getResultList();
        int failed = 0;
        for (Number id : ids) {
            try {
                forms.attachStored(id.longValue()); // its own transaction
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "Form record " + id + " not attached to its visit", e);
            }
        }
        if (failed == 0) {
            context.getBusinessObject(FormVisitBackfill.class).markDone();
        }
        int count = ids.size();
        int left = failed;
        LOG.info(() -> "Form records: " + (count - left) + " of " + count + " complete records attached to their visits in "
                + (System.nanoTime() - start) / 1_000_000 + " ms" + (left > 0 ? " (" + left + " failed: tried again at the next start)" : ""));
    }

    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markDone() {
        em.createNativeQuery("INSERT INTO visit_record_backfill (name, done_at) VALUES (?1, ?2)")
                .setParameter(1, NAME).setParameter(2, java.sql.Timestamp.from(Instant.now())).executeUpdate();
    }
}
