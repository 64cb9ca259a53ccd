package org.vigia.consistency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.study.Study;
import org.vigia.study.StudyService;

/**
 * The data-consistency report (issue 15): every record of a study that breaks one of the rules across a subject's
 * records ({@link ConsistencyRule}), by rule, site and subject. Read-only: it lists, it never changes a record.
 * Access: data managers and administrators with a role in the study; a data manager of some sites sees those.
 * <pre>{@code
 * List<ConsistencyFinding> findings = report.findings("NCT07041788");
 * Map<ConsistencyRule, Long> counts = ConsistencyReportService.countByRule(findings);
 * }</pre>
 */
@Stateless
@RolesAllowed({Role.Names.DATA_MANAGER, Role.Names.ADMIN})
public class ConsistencyReportService {

    @Inject
    private StudyService studies;

    @Inject
    private AccessGuard access;

    @Inject
    private ConsistencyData data;

    /** The studies the caller may see. */
    public List<Study> studies() {
        return studies.listVisible();
    }

    /** The findings of study {@code registryId}, by rule, site, subject and date. */
    public List<ConsistencyFinding> findings(String registryId) {
        Study study = studies.getByRegistryId(registryId);
        access.requireStudy(study.getId(), "the data-consistency report of " + registryId);
        return data.findings(study.getId(), access.visibleSiteIds(study.getId())).stream()
                .sorted(Comparator.comparing(ConsistencyFinding::rule)
                        .thenComparing(ConsistencyFinding::siteCode)
                        .thenComparing(ConsistencyFinding::subject)
                        .thenComparing(ConsistencyFinding::date)
                        .thenComparing(ConsistencyFinding::recordId))
                .toList();
    }

    /** How many findings each rule has (every rule, zero included), in rule order. */
    public static Map<ConsistencyRule, Long> countByRule(List<ConsistencyFinding> findings) {
        Map<ConsistencyRule, Long> counts = new EnumMap<>(ConsistencyRule.class);
        for (ConsistencyRule r : ConsistencyRule.values()) {
            counts.put(r, 0L);
        }
        findings.forEach(f -> counts.merge(f.rule(), 1L, Long::sum));
        return counts;
    }
}
