package org.vigia.subject.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vigia.subject.RandomisationReportService;
import org.vigia.subject.RandomisationReportService.StratumBalance;

/** Balance per stratum of a randomised study, verified against the regenerated list (administrators). */
@Path("studies/{registryId}/randomisation/balance")
@Produces(MediaType.APPLICATION_JSON)
public class RandomisationResource {

    @Inject
    private RandomisationReportService report;

    @GET
    public List<StratumBalance> get(@PathParam("registryId") String registryId) {
        return report.balance(registryId);
    }
}
