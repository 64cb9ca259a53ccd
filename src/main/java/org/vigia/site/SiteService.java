package org.vigia.site;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.EditConflict;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.SiteToday;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/** Sets up and lists trial sites. Everyone sees the sites they work at; administrators manage them. */
@Stateless
public class SiteService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private AccessGuard access;

    /** The sites the caller may see, by code. */
    public List<Site> listVisible() {
        List<Site> all = em.createQuery("select s from Site s order by s.code", Site.class).getResultList();
        Set<Long> visible = access.visibleSiteIds(null);
        return visible == null ? all : all.stream().filter(s -> visible.contains(s.getId())).toList();
    }

    /** Today in the site's time zone, against which clinical dates recorded at the site are checked. */
    public SiteToday today(Long siteId) {
        Site site = siteId == null ? null : em.find(Site.class, siteId);
        return SiteToday.in(site == null ? ZoneOffset.UTC : ZoneId.of(site.getTimeZone()));
    }

    public Optional<Site> find(Long id) {
        return Optional.ofNullable(em.find(Site.class, id));
    }

    public Optional<Site> findByCode(String code) {
        return em.createQuery("select s from Site s where s.code = :c", Site.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    @RolesAllowed("ADMIN")
    public Site create(String code, String name, String country, String timeZone) {
        String c = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (c != null && findByCode(c).isPresent()) {
            throw new InvalidInput("code", Text.of(Bundle.MESSAGES, "sites.refused.codeUsed", c));
        }
        Site site = new Site(c, name, country, timeZone);
        em.persist(site);
        em.flush();
        audit.recordAll(AuditEntry.of("CREATE", "Site", site.getId()).scope(null, site.getId(), null)
                .changes(Map.of(), describe(site)));
        return site;
    }

    @RolesAllowed("ADMIN")
    public Site update(Long id, long expectedVersion, String name, String country, String timeZone, String reason) {
        Site site = find(id).orElseThrow(() -> new RecordNotFound("Site", id));
        if (site.getVersion() != expectedVersion) {
            throw new EditConflict(Text.of(Bundle.MESSAGES, "record.site", site.getCode()));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", Text.of(Bundle.MESSAGES, "error.reason.required"));
        }
        Map<String, Object> before = describe(site);
        site.describe(name, country, timeZone);
        audit.recordAll(AuditEntry.of("UPDATE", "Site", id).scope(null, id, null).reason(reason)
                .changes(before, describe(site)));
        return site;
    }

    @RolesAllowed("ADMIN")
    public void setActive(Long id, boolean active, String reason) {
        Site site = find(id).orElseThrow(() -> new RecordNotFound("Site", id));
        if (site.isActive() == active) {
            return;
        }
        if (active) {
            site.reactivate();
        } else {
            site.deactivate();
        }
        audit.record(AuditEntry.of(active ? "REACTIVATE" : "DEACTIVATE", "Site", id).scope(null, id, null)
                .field("active", !active, active).reason(reason));
    }

    private static Map<String, Object> describe(Site s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", s.getCode());
        m.put("name", s.getName());
        m.put("country", s.getCountry());
        m.put("timeZone", s.getTimeZone());
        return m;
    }
}
