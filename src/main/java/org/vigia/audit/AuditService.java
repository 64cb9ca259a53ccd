package org.vigia.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.Writer;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vigia.shared.CsvCells;

/**
 * The one mechanism every feature uses to write the audit trail. {@link #record} joins the caller's transaction,
 * so the audit row commits or rolls back with the change it describes. {@link #recordAlways} uses a
 * transaction of its own, for events that must stay recorded when the caller's work is refused (sign-in
 * failures, access refusals).
 */
@Stateless
public class AuditService {

    public static final String SYSTEM = "system";
    /** The demo-data generator runs as the ADMIN role; usernames are lower case, so this name is unambiguous. */
    public static final String GENERATOR = "system:demo-generator";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private ClientAddress clientAddress;

    /** The caller's memberships, for the rows a data manager of some studies or sites may read. */
    @Inject
    private AuditReadScope readScope;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditEntry entry) {
        em.persist(new AuditRecord(Instant.now(), caller(), entry, clientAddress.get()));
    }

    /**
     * Records the entries of one change (one row per field) with one time and caller. Several rows go in multi-row
     * {@code INSERT}s (one round trip per {@value #ROWS_PER_INSERT} rows, where persisting each row costs a round trip
     * and a generated-key read): an AE save writes about twenty rows.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        Instant now = Instant.now();
        String who = caller();
        String ip = clientAddress.get();
        if (entries.size() == 1) {
            em.persist(new AuditRecord(now, who, entries.get(0), ip));
            return;
        }
        em.flush(); // rows recorded earlier in this transaction keep their place in the trail
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
            List<AuditEntry> chunk = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("INSERT INTO audit_log (at_utc, username, action, entity_type, entity_id,"
                    + " study_id, site_id, subject_ref, field_name, old_value, new_value, reason, client_ip) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            }
            jakarta.persistence.Query insert = em.createNativeQuery(sql.toString());
            int p = 1;
            for (AuditEntry e : chunk) {
                insert.setParameter(p++, at).setParameter(p++, who).setParameter(p++, e.action())
                        .setParameter(p++, e.entityType()).setParameter(p++, e.entityId()).setParameter(p++, e.studyId())
                        .setParameter(p++, e.siteId()).setParameter(p++, e.subjectRef()).setParameter(p++, e.field())
                        .setParameter(p++, e.oldValue()).setParameter(p++, e.newValue()).setParameter(p++, e.reason())
                        .setParameter(p++, ip);
            }
            insert.executeUpdate();
        }
    }

    static final int ROWS_PER_INSERT = 100;

    /** Records as {@code username} in a new transaction (sign-in events and refusals). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlways(String username, AuditEntry entry) {
        em.persist(new AuditRecord(Instant.now(), username == null || username.isBlank() ? "anonymous" : username,
                entry, clientAddress.get()));
    }

    @RolesAllowed({"ADMIN", "DATA_MANAGER"})
    public List<AuditRecord> search(AuditQuery query, int first, int max) {
        TypedQuery<AuditRecord> q = em.createQuery(criteria(query, false));
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed({"ADMIN", "DATA_MANAGER"})
    public long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<AuditRecord> root = cq.from(AuditRecord.class);
        cq.select(cb.count(root)).where(predicates(cb, root, query));
        return em.createQuery(cq).getSingleResult();
    }

    /**
     * Writes the matching rows as CSV (UTF-8 with a byte order mark, cells neutralised by {@link CsvCells}) to
     * {@code out}, oldest first. Flushes but does not close {@code out}: the caller owns it.
     */
    @RolesAllowed({"ADMIN", "DATA_MANAGER"})
    public void exportCsv(AuditQuery query, Writer out) throws IOException {
        CsvCells.writeBom(out);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(
                "id", "at_utc", "username", "action", "entity_type", "entity_id", "study_id", "site_id",
                "subject", "field", "old_value", "new_value", "reason", "client_ip").get());
        int page = 0;
        List<AuditRecord> rows;
        do {
            rows = em.createQuery(criteria(query, true)).setFirstResult(page * 1000).setMaxResults(1000).getResultList();
            for (AuditRecord r : rows) {
                csv.printRecord(r.getId(), r.getAt().atOffset(ZoneOffset.UTC), CsvCells.neutralise(r.getUsername()),
                        CsvCells.neutralise(r.getAction()), CsvCells.neutralise(r.getEntityType()),
                        CsvCells.neutralise(r.getEntityId()), r.getStudyId(), r.getSiteId(),
                        CsvCells.neutralise(r.getSubjectRef()), CsvCells.neutralise(r.getField()),
                        CsvCells.neutralise(r.getOldValue()), CsvCells.neutralise(r.getNewValue()),
                        CsvCells.neutralise(r.getReason()), CsvCells.neutralise(r.getClientIp()));
            }
            em.clear();
            page++;
        } while (rows.size() == 1000);
        csv.flush();
    }

    private CriteriaQuery<AuditRecord> criteria(AuditQuery query, boolean oldestFirst) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditRecord> cq = cb.createQuery(AuditRecord.class);
        Root<AuditRecord> root = cq.from(AuditRecord.class);
        cq.where(predicates(cb, root, query));
        cq.orderBy(oldestFirst ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
        return cq;
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<AuditRecord> root, AuditQuery q) {
        List<Predicate> p = new ArrayList<>();
        if (notBlank(q.username())) p.add(cb.equal(root.get("username"), q.username().trim()));
        if (notBlank(q.entityType())) p.add(entityType(cb, root, q.entityType().trim()));
        if (notBlank(q.entityId())) p.add(cb.equal(root.get("entityId"), q.entityId().trim()));
        if (notBlank(q.subjectRef())) p.add(cb.equal(root.get("subjectRef"), q.subjectRef().trim()));
        if (notBlank(q.action())) p.add(cb.equal(root.get("action"), q.action().trim()));
        if (q.fromDate() != null) p.add(cb.greaterThanOrEqualTo(root.get("at"), q.fromDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
        if (q.toDate() != null) p.add(cb.lessThan(root.get("at"), q.toDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        Predicate scope = visibleToCaller(cb, root);
        if (scope != null) p.add(scope);
        return p.toArray(Predicate[]::new);
    }

    /** The rows of a record type under its entity class name and under its former names ({@link AuditEntityNames}). */
    private static Predicate entityType(CriteriaBuilder cb, Root<AuditRecord> root, String name) {
        List<Predicate> any = new ArrayList<>();
        any.add(root.get("entityType").in(AuditEntityNames.matching(name)));
        for (String prefix : AuditEntityNames.prefixes(name)) {
            any.add(cb.like(root.get("entityType"), prefix + "%"));
        }
        return any.size() == 1 ? any.get(0) : cb.or(any.toArray(Predicate[]::new));
    }

    /**
     * A caller other than an administrator (a data manager) reads the rows of the studies and sites their memberships
     * cover, and the rows of no study or site (accounts, sign-ins, site records); a data manager of every study and
     * site reads all. Null: no restriction.
     */
    private Predicate visibleToCaller(CriteriaBuilder cb, Root<AuditRecord> root) {
        if (session.isCallerInRole("ADMIN")) {
            return null;
        }
        List<Predicate> any = new ArrayList<>();
        for (AuditReadScope.Scope m : readScope.callerScopes()) {
            if (m.everything()) {
                return null;
            }
            any.add(cb.and(
                    m.studyId() == null ? cb.conjunction() : cb.or(cb.isNull(root.get("studyId")), cb.equal(root.get("studyId"), m.studyId())),
                    m.siteId() == null ? cb.conjunction() : cb.or(cb.isNull(root.get("siteId")), cb.equal(root.get("siteId"), m.siteId()))));
        }
        return cb.or(cb.and(cb.isNull(root.get("studyId")), cb.isNull(root.get("siteId"))), cb.or(any.toArray(Predicate[]::new)));
    }

    private String caller() {
        try {
            Principal p = session.getCallerPrincipal();
            if (p == null || "ANONYMOUS".equalsIgnoreCase(p.getName())) {
                return SYSTEM;
            }
            return "ADMIN".equals(p.getName()) ? GENERATOR : p.getName();
        } catch (IllegalStateException e) {
            return SYSTEM;
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
