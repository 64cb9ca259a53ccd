package org.vigia.worklist.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.SiteService;
import org.vigia.study.StudyService;
import org.vigia.worklist.WorklistCount;
import org.vigia.worklist.WorklistItem;
import org.vigia.worklist.WorklistService;

/**
 * The work lists by API: the caller's overdue records (investigators, coordinators, data managers, administrators)
 * and the counts per study and site (data managers, administrators; 403 for the other roles):
 * <pre>
 * GET /api/v1/worklist?study=NCT07041788&amp;site=CN02
 * [{"kind":"SAE_REPORT","study":"NCT07041788","site":"CN02","subject":"CN02-0001","recordId":17,
 *   "record":"Febrile neutropenia","recordDate":"2026-03-01T08:00:00Z","overdueSince":"2026-03-02T08:00:00Z",
 *   "overdueHours":50,"overdueDays":2,"link":"/ae/edit.xhtml?subject=5&amp;id=17"}]
 * GET /api/v1/worklist/counts
 * [{"study":"NCT07041788","site":"CN02","siteName":"...","labProposals":3,"saeReports":1,"ongoingAfterDeath":0,"total":4}]
 * </pre>
 */
@Path("worklist")
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

    @Inject
    private WorklistService worklist;

    @Inject
    private StudyService studies;

    @Inject
    private SiteService sites;

    /** One overdue record; {@code link} is the page where it is resolved, below the context root. */
    public record ItemJson(String kind, String study, String site, String subject, Long subjectId, Long recordId,
                           String record, String recordDate, String overdueSince, long overdueHours, long overdueDays,
                           String link) {
        static ItemJson of(WorklistItem i) {
            return new ItemJson(i.kind().name(), i.studyRegistryId(), i.siteCode(), i.subjectLabel(), i.subjectId(),
                    i.recordId(), i.record(), i.recordDate(), i.overdueSince().toString(), i.overdueHours(),
                    i.overdueDays(), i.link());
        }
    }

    /** The overdue records of one site of one study, by kind. */
    public record CountJson(String study, String site, String siteName, long labProposals, long saeReports,
                            long ongoingAfterDeath, long total) {
        static CountJson of(WorklistCount c) {
            return new CountJson(c.studyRegistryId(), c.siteCode(), c.siteName(), c.labProposals(), c.saeReports(),
                    c.ongoingAfterDeath(), c.total());
        }
    }

    @GET
    public List<ItemJson> items(@QueryParam("study") String study, @QueryParam("site") String site) {
        Long studyId = study == null || study.isBlank() ? null : studies.getByRegistryId(study).getId();
        Long siteId = site == null || site.isBlank() ? null : sites.findByCode(site).orElseThrow(() ->
                new InvalidInput("site", Text.of(Bundle.MESSAGES, "worklist.site.unknown", site))).getId();
        return worklist.items(studyId, siteId).stream().map(ItemJson::of).toList();
    }

    @GET
    @Path("counts")
    public List<CountJson> counts() {
        return worklist.counts().stream().map(CountJson::of).toList();
    }
}
