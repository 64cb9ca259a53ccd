package org.vigia.worklist;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records that may be overdue from the AE and follow-up tables by plain SQL, one query per kind for every
 * study (or one study and site), with the study, site and subject each belongs to: pending lab-based AE proposals
 * collected before today, serious AEs not reported whose stored due instant has passed, and ongoing AEs of subjects
 * with a death date. {@link OverdueRules} decides which are overdue; {@link WorklistService} applies access.
 */
@Stateless
public class WorklistQuery {

    private static final String SUBJECT_COLUMNS = """
            st.id, st.registry_id, si.id, si.code, si.name, si.time_zone, s.id,
            COALESCE(s.subject_number, s.screening_number), s.definition_version
            """;

    private static final String JOINS = """
            JOIN study st ON st.id = s.study_id JOIN site si ON si.id = s.site_id
            """;

    @PersistenceContext
    private EntityManager em;

    /** A record that may be overdue; the fields a kind does not have are null. */
    public record Candidate(WorkKind kind, Long studyId, String studyRegistryId, Long siteId, String siteCode,
                            String siteName, ZoneId zone, Long subjectId, String subjectLabel, String definitionVersion,
                            Long recordId, String term, LocalDate date, Instant awareness, Instant due) {
    }

    /** The candidates of every kind in {@code studyId} at {@code siteId} (null: every study, every site). */
    public List<Candidate> candidates(Long studyId, Long siteId, Instant now) {
        List<Candidate> out = new ArrayList<>();
        out.addAll(proposals(studyId, siteId, now));
        out.addAll(seriousAdverseEvents(studyId, siteId, now));
        out.addAll(ongoingAfterDeath(studyId, siteId));
        return out;
    }

    private List<Candidate> proposals(Long studyId, Long siteId, Instant now) {
        Query q = em.createNativeQuery("SELECT " + SUBJECT_COLUMNS + """
                , p.id, p.term, p.collected_on
                FROM lab_ae_proposal p JOIN subject s ON s.id = p.subject_id
                """ + JOINS + """
                 WHERE p.status = 'PENDING' AND p.collected_on < ?1""" + scope("s"));
        q.setParameter(1, java.sql.Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC)));
        List<Candidate> out = new ArrayList<>();
        for (Object[] r : rows(bind(q, studyId, siteId))) {
            out.add(candidate(WorkKind.LAB_PROPOSAL, r, date(r[11]), null, null));
        }
        return out;
    }

    private List<Candidate> seriousAdverseEvents(Long studyId, Long siteId, Instant now) {
        Query q = em.createNativeQuery("SELECT " + SUBJECT_COLUMNS + """
                , ae.id, ae.term, ae.awareness_at, ae.sae_due_at
                FROM adverse_event ae JOIN subject s ON s.id = ae.subject_id
                """ + JOINS + """
                 WHERE ae.serious = 1 AND ae.sae_reported_at IS NULL AND ae.awareness_at IS NOT NULL
                   AND ae.sae_due_at < ?1""" + scope("s"));
        q.setParameter(1, Timestamp.from(now));
        List<Candidate> out = new ArrayList<>();
        for (Object[] r : rows(bind(q, studyId, siteId))) {
            out.add(candidate(WorkKind.SAE_REPORT, r, null, instant(r[11]), instant(r[12])));
        }
        return out;
    }

    private List<Candidate> ongoingAfterDeath(Long studyId, Long siteId) {
        Query q = em.createNativeQuery("SELECT " + SUBJECT_COLUMNS + """
                , ae.id, ae.term, d.death
                FROM adverse_event ae JOIN subject s ON s.id = ae.subject_id
                JOIN (SELECT c.subject_id, MIN(c.death_date) AS death FROM follow_up_contact c
                       WHERE c.death_date IS NOT NULL GROUP BY c.subject_id) d ON d.subject_id = s.id
                """ + JOINS + """
                 WHERE ae.ongoing = 1""" + scope("s"));
        List<Candidate> out = new ArrayList<>();
        for (Object[] r : rows(bind(q, studyId, siteId))) {
            out.add(candidate(WorkKind.ONGOING_AE_AFTER_DEATH, r, date(r[11]), null, null));
        }
        return out;
    }

    private static String scope(String subject) {
        return " AND (?2 IS NULL OR " + subject + ".study_id = ?2) AND (?3 IS NULL OR " + subject + ".site_id = ?3)";
    }

    private static Query bind(Query q, Long studyId, Long siteId) {
        return q.setParameter(2, studyId).setParameter(3, siteId);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return (List<Object[]>) q.getResultList();
    }

    private static Candidate candidate(WorkKind kind, Object[] r, LocalDate date, Instant awareness, Instant due) {
        return new Candidate(kind, id(r[0]), (String) r[1], id(r[2]), (String) r[3], (String) r[4],
                ZoneId.of((String) r[5]), id(r[6]), (String) r[7], (String) r[8], id(r[9]), (String) r[10], date,
                awareness, due);
    }

    private static Long id(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        return o instanceof java.time.LocalDateTime l ? l.toInstant(ZoneOffset.UTC) : (Instant) o;
    }
}
