package org.vigia.consistency.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigia.consistency.ConsistencyFinding;
import org.vigia.consistency.ConsistencyReportService;
import org.vigia.shared.text.Texts;

/**
 * The data-consistency report by API (data managers and administrators):
 * <pre>
 * GET /api/v1/studies/NCT07041788/consistency
 * {"study":"NCT07041788","total":2,"byRule":{"AE_AFTER_DEATH":1,...},
 *  "findings":[{"rule":"AE_AFTER_DEATH","siteCode":"CN02","subject":"CN02-0001","recordType":"AdverseEvent",
 *               "recordId":17,"date":"2026-03-02","detail":"..."}]}
 * </pre>
 * Details are in English, like every answer of the API.
 */
@Path("studies/{registryId}/consistency")
public class ConsistencyResource {

    @Inject
    private ConsistencyReportService report;

    /** One finding; {@code detail} in English. */
    public record FindingJson(String rule, String siteCode, String subject, String recordType, Long recordId,
                              String date, String detail) {
        static FindingJson of(ConsistencyFinding f) {
            return new FindingJson(f.rule().name(), f.siteCode(), f.subject(), f.recordType(), f.recordId(), f.date(),
                    Texts.render(f.detail(), Locale.ENGLISH));
        }
    }

    /** The report: the study, the number of findings, the count of each rule and the findings. */
    public record ReportJson(String study, int total, Map<String, Long> byRule, List<FindingJson> findings) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ReportJson get(@PathParam("registryId") String registryId) {
        List<ConsistencyFinding> findings = report.findings(registryId);
        Map<String, Long> byRule = new LinkedHashMap<>();
        ConsistencyReportService.countByRule(findings).forEach((rule, n) -> byRule.put(rule.name(), n));
        return new ReportJson(registryId, findings.size(), byRule, findings.stream().map(FindingJson::of).toList());
    }
}
