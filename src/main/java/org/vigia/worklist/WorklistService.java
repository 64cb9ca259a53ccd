package org.vigia.worklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.study.StudyService;
import org.vigia.worklist.WorklistQuery.Candidate;

/**
 * The work lists (issue 15): what is left undone, shown to who must do it. Investigators and coordinators get the
 * overdue records of the sites they work at; data managers and administrators get them too (the list behind their
 * counts) and the counts per study and site. Monitors and DMC members get nothing of it (a DMC member never sees
 * subject-level data). Which records are overdue: {@link OverdueRules}.
 * <pre>{@code
 * List<WorklistItem> mine = worklist.mine();          // the home page of an investigator
 * List<WorklistCount> counts = worklist.counts();     // the home page of a data manager
 * }</pre>
 */
@Stateless
public class WorklistService {

    /** The roles that resolve the items (their home page lists them). */
    static final Role[] RESOLVERS = {Role.INVESTIGATOR, Role.SITE_COORDINATOR};
    /** The roles that oversee the items (their home page counts them). */
    static final Role[] OVERSEERS = {Role.DATA_MANAGER, Role.ADMIN};

    @Inject
    private WorklistQuery query;

    @Inject
    private StudyService studies;

    @Inject
    private AccessGuard access;

    /** The caller's items at the sites they resolve them (investigator, coordinator), newest overdue first. */
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.SITE_COORDINATOR, Role.Names.DATA_MANAGER, Role.Names.ADMIN})
    public List<WorklistItem> mine() {
        return items(null, null, RESOLVERS);
    }

    /**
     * The items the caller may see as investigator, coordinator, data manager or administrator, in {@code studyId} at
     * {@code siteId} (null: all), newest overdue first.
     */
    @RolesAllowed({Role.Names.INVESTIGATOR, Role.Names.SITE_COORDINATOR, Role.Names.DATA_MANAGER, Role.Names.ADMIN})
    public List<WorklistItem> items(Long studyId, Long siteId) {
        return items(studyId, siteId, Role.INVESTIGATOR, Role.SITE_COORDINATOR, Role.DATA_MANAGER, Role.ADMIN);
    }

    /** The number of overdue records per study and site the caller oversees (data manager, administrator). */
    @RolesAllowed({Role.Names.DATA_MANAGER, Role.Names.ADMIN})
    public List<WorklistCount> counts() {
        Map<String, WorklistCount> counts = new LinkedHashMap<>();
        for (WorklistItem i : items(null, null, OVERSEERS)) {
            counts.merge(i.studyId() + "/" + i.siteId(), new WorklistCount(i.studyId(), i.studyRegistryId(),
                    i.siteId(), i.siteCode(), i.siteName(), 0, 0, 0).plus(i.kind()), (a, b) -> a.plus(i.kind()));
        }
        return counts.values().stream().sorted(Comparator.comparing(WorklistCount::studyRegistryId)
                .thenComparing(WorklistCount::siteCode)).toList();
    }

    private List<WorklistItem> items(Long studyId, Long siteId, Role... roles) {
        Instant now = Instant.now();
        Map<String, Boolean> allowed = new HashMap<>();
        Map<String, Integer> limits = new HashMap<>();
        List<WorklistItem> out = new ArrayList<>();
        for (Candidate c : query.candidates(studyId, siteId, now)) {
            if (!allowed.computeIfAbsent(c.studyId() + "/" + c.siteId(),
                    k -> access.holds(c.studyId(), c.siteId(), roles))) {
                continue;
            }
            Optional<Instant> since = switch (c.kind()) {
                case LAB_PROPOSAL -> OverdueRules.proposal(c.date(), limits.computeIfAbsent(
                        c.studyId() + "/" + c.definitionVersion(), k -> studies.definition(c.studyId(),
                                c.definitionVersion()).safetyReporting().proposalDecisionLimitDays()), c.zone(), now);
                case SAE_REPORT -> OverdueRules.seriousAdverseEvent(c.awareness(), c.due(), null, now);
                case ONGOING_AE_AFTER_DEATH -> OverdueRules.ongoingAfterDeath(true, c.date(), c.zone(), now);
            };
            since.ifPresent(s -> out.add(new WorklistItem(c.kind(), c.studyId(), c.studyRegistryId(), c.siteId(),
                    c.siteCode(), c.siteName(), c.subjectId(), c.subjectLabel(), c.recordId(), c.term(),
                    c.kind() == WorkKind.SAE_REPORT ? c.awareness().toString() : c.date().toString(), s, now)));
        }
        out.sort(Comparator.comparing(WorklistItem::overdueSince).reversed()
                .thenComparing(WorklistItem::recordId));
        return out;
    }
}
