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

/** Every lab-based AE proposal of one subject (pending and decided), newest first. */
@Path("studies/{registryId}/subjects/{id}/ae-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubjectProposalResource {

    @Inject
    private ProposedAdverseEventService proposals;

    @Inject
    private StudyService studies;

    @GET
    public List<SafetyJson.ProposalJson> list(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        studies.getByRegistryId(registryId);
        return proposals.forSubject(id).stream().map(SafetyJson.ProposalJson::of).toList();
    }
}
