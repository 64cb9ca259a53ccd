package org.vigia.ae.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vigia.ae.ProposedAdverseEventService;
import org.vigia.study.StudyService;

/** Pending lab-based AE proposals of a study at the caller's sites. */
@Path("studies/{registryId}/ae-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudyProposalResource {

    @Inject
    private ProposedAdverseEventService proposals;

    @Inject
    private StudyService studies;

    @GET
    public List<SafetyJson.ProposalJson> pending(@PathParam("registryId") String registryId) {
        return proposals.pending(studies.getByRegistryId(registryId).getId()).stream()
                .map(SafetyJson.ProposalJson::of).toList();
    }
}
