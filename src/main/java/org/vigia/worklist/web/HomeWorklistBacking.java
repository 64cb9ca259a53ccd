package org.vigia.worklist.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.vigia.account.AccessGuard;
import org.vigia.account.Membership;
import org.vigia.account.Role;
import org.vigia.site.Site;
import org.vigia.site.SiteService;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.worklist.WorklistCount;
import org.vigia.worklist.WorklistItem;
import org.vigia.worklist.WorklistService;

/**
 * Backs the work lists and the roles table of {@code index.xhtml} (the welcome line is {@code security.web.HomeBacking}):
 * an investigator or coordinator sees their overdue records, a data manager or administrator the counts per study and
 * site with a link to the list ({@code worklist/index.xhtml}); monitors and DMC members see neither. The roles table
 * names each study (registry id, short title) and site (code, name).
 */
@Named
@RequestScoped
public class HomeWorklistBacking {

    /** One membership as shown: role, study and site by name (null: every study or site). */
    public record MembershipRow(Role role, String study, String site) {
    }

    @Inject
    private AccessGuard access;

    @Inject
    private WorklistService worklist;

    @Inject
    private StudyService studies;

    @Inject
    private SiteService sites;

    private boolean resolver;
    private boolean overseer;
    private List<WorklistItem> items = List.of();
    private List<WorklistCount> counts = List.of();
    private List<MembershipRow> memberships;

    @PostConstruct
    void load() {
        resolver = access.hasRole(Role.INVESTIGATOR) || access.hasRole(Role.SITE_COORDINATOR);
        overseer = access.hasRole(Role.DATA_MANAGER) || access.hasRole(Role.ADMIN);
        if (resolver) {
            items = worklist.mine();
        }
        if (overseer) {
            counts = worklist.counts();
        }
        memberships = access.memberships().stream().map(this::row).toList();
    }

    private MembershipRow row(Membership m) {
        String study = null;
        if (m.getStudyId() != null) {
            Study s = studies.get(m.getStudyId());
            study = s.getRegistryId() + (s.getShortTitle() == null ? "" : " " + s.getShortTitle());
        }
        String site = m.getSiteId() == null ? null
                : sites.find(m.getSiteId()).map(s -> s.getCode() + " " + s.getName()).orElse(null);
        return new MembershipRow(m.getRole(), study, site);
    }

    public boolean isResolver() { return resolver; }
    public boolean isOverseer() { return overseer; }
    public List<WorklistItem> getItems() { return items; }
    public List<WorklistCount> getCounts() { return counts; }
    public List<MembershipRow> getMemberships() { return memberships; }
}
