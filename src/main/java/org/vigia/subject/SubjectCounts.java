package org.vigia.subject;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.account.AccessGuard;

/** Enrolled and screening counts per study at the caller's sites, counted in one grouped query. */
@Stateless
public class SubjectCounts {

    private static final List<SubjectStatus> NOT_ENROLLED = List.of(SubjectStatus.SCREENING, SubjectStatus.SCREEN_FAILED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccessGuard access;

    /** study id → {enrolled (ever), in screening}. */
    public Map<Long, long[]> byStudy() {
        Set<Long> sites = access.visibleSiteIds(null);
        String where = sites == null ? "" : " where s.siteId in :sites";
        Map<Long, long[]> out = new HashMap<>();
        if (sites != null && sites.isEmpty()) {
            return out;
        }
        var q = em.createQuery("select s.studyId, s.status, count(s) from Subject s" + where
                + " group by s.studyId, s.status", Object[].class);
        if (sites != null) {
            q.setParameter("sites", sites);
        }
        for (Object[] r : q.getResultList()) {
            long[] c = out.computeIfAbsent((Long) r[0], k -> new long[2]);
            SubjectStatus st = (SubjectStatus) r[1];
            long n = ((Number) r[2]).longValue();
            if (st == SubjectStatus.SCREENING) {
                c[1] += n;
            } else if (!NOT_ENROLLED.contains(st)) {
                c[0] += n;
            }
        }
        return out;
    }
}
