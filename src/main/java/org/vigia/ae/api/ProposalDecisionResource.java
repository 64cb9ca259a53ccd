package org.vigia.ae.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.vigia.ae.ProposedAdverseEventService;
import org.vigia.platform.api.Idempotent;
import org.vigia.platform.api.RequestBodies;

/** The investigator confirms a lab-based AE proposal (creates the AE) or dismisses it with a reason. */
@Path("ae-proposals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalDecisionResource {

    @Inject
    private ProposedAdverseEventService proposals;

    @POST
    @Path("confirmation")
    @Idempotent
    public AdverseEventJson confirm(@PathParam("id") Long id, SafetyJson.DecisionBody body) {
        RequestBodies.valid(body);
        return AdverseEventJson.of(proposals.confirm(id, RequestBodies.required(body.version(), "version")));
    }

    @POST
    @Path("dismissal")
    public SafetyJson.ProposalJson dismiss(@PathParam("id") Long id, SafetyJson.DecisionBody body) {
        RequestBodies.valid(body);
        return SafetyJson.ProposalJson.of(proposals.dismiss(id, RequestBodies.required(body.version(), "version"),
                body.reason()));
    }
}
