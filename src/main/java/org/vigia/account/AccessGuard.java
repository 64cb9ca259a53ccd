package org.vigia.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.AccessRefused;

/**
 * The study/site membership check that every service applies to the data it reads or writes (the third layer
 * after URL constraints and {@code @RolesAllowed}). A refusal is audited in its own transaction and raised as
 * {@link AccessRefused} (HTTP 403).
 * <pre>{@code
 * access.requireSite(subject.getStudyId(), subject.getSiteId(), "Subject " + subject.getNumber());
 * }</pre>
 */
@Stateless
public class AccessGuard {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecurityContext security;

    @Inject
    private AuditService audit;

    @jakarta.annotation.Resource
    private jakarta.transaction.TransactionSynchronizationRegistry transactions;

    private static final String MEMBERSHIPS = AccessGuard.class.getName() + ".memberships:";

    public String caller() {
        Principal p = security.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    /**
     * The caller's memberships, read once per transaction: a service call checks access several times (the subject,
     * then each role it needs), and memberships do not change within one.
     */
    public List<Membership> memberships() {
        String name = caller();
        if (name == null) {
            return List.of();
        }
        String key = MEMBERSHIPS + name;
        boolean inTransaction = transactions.getTransactionStatus() == jakarta.transaction.Status.STATUS_ACTIVE;
        if (inTransaction && transactions.getResource(key) instanceof List<?> cached) {
            @SuppressWarnings("unchecked")
            List<Membership> memberships = (List<Membership>) cached;
            return memberships;
        }
        // the account with its memberships in one query (read on their own, each membership's account and that
        // account's memberships were read again: three queries per transaction)
        List<Membership> memberships = em.createQuery("select distinct u from UserAccount u left join fetch u.memberships"
                        + " where u.username = :u", UserAccount.class).setParameter("u", name).getResultStream()
                .findFirst().map(u -> List.copyOf(u.getMemberships())).orElse(List.of());
        if (inTransaction) {
            transactions.putResource(key, memberships);
        }
        return memberships;
    }

    /** True when the caller holds {@code role} anywhere. */
    public boolean hasRole(Role role) {
        return security.isCallerInRole(role.name());
    }

    /** True when the caller holds any role at {@code site} of {@code study}. */
    public boolean canAccess(Long studyId, Long siteId) {
        return isAdministrator() || memberships().stream().anyMatch(m -> m.covers(studyId, siteId));
    }

    /**
     * Administrators reach every study and site (their membership has no study or site); this also covers the
     * demo-data generator, which runs as the ADMIN role.
     */
    private boolean isAdministrator() {
        return security.isCallerInRole(Role.ADMIN.name());
    }

    /** True when the caller holds one of {@code roles} at {@code site} of {@code study}. */
    public boolean holds(Long studyId, Long siteId, Role... roles) {
        Set<Role> wanted = Set.of(roles);
        if (wanted.contains(Role.ADMIN) && isAdministrator()) {
            return true;
        }
        return memberships().stream().anyMatch(m -> wanted.contains(m.getRole()) && m.covers(studyId, siteId));
    }

    /**
     * The ids of the sites the caller may see in {@code study} (null study: in any study), or null when the
     * caller sees every site.
     */
    public Set<Long> visibleSiteIds(Long studyId) {
        if (isAdministrator()) {
            return null;
        }
        Set<Long> ids = new HashSet<>();
        for (Membership m : memberships()) {
            if (studyId != null && m.getStudyId() != null && !m.getStudyId().equals(studyId)) {
                continue;
            }
            if (m.getSiteId() == null) {
                return null;
            }
            ids.add(m.getSiteId());
        }
        return ids;
    }

    /** True when the caller holds any role in {@code study} (at any of its sites). */
    public boolean canAccessStudy(Long studyId) {
        return isAdministrator() || memberships().stream().anyMatch(m -> m.getStudyId() == null || m.getStudyId().equals(studyId));
    }

    /** Throws {@link AccessRefused} (audited) unless the caller holds a role in the study. */
    public void requireStudy(Long studyId, String what) {
        if (!canAccessStudy(studyId)) {
            refuse(what, studyId, null);
        }
    }

    /** Throws {@link AccessRefused} (and audits the refusal) unless the caller may work at this site of this study. */
    public void requireSite(Long studyId, Long siteId, String what) {
        if (!canAccess(studyId, siteId)) {
            refuse(what, studyId, siteId);
        }
    }

    /** Throws {@link AccessRefused} (audited) unless the caller holds a role at this site, in any study or in all. */
    public void requireAnyRoleAtSite(Long siteId, String what) {
        Set<Long> visible = visibleSiteIds(null);
        if (visible != null && !visible.contains(siteId)) {
            refuse(what, null, siteId);
        }
    }

    /** Like {@link #requireSite} and the caller must hold one of {@code roles} there. */
    public void requireRoleAt(Long studyId, Long siteId, String what, Role... roles) {
        if (!holds(studyId, siteId, roles)) {
            refuse(what, studyId, siteId);
        }
    }

    private void refuse(String what, Long studyId, Long siteId) {
        audit.recordAlways(caller(), AuditEntry.of("ACCESS_REFUSED", "Access", null).scope(studyId, siteId, null)
                .reason("no membership for " + what));
        throw AccessRefused.to(what);
    }
}
