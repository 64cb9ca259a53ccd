package org.vigia.followup.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.vigia.followup.FollowUpService;
import org.vigia.platform.api.JacksonJson;

/** The survival-endpoint dates of every enrolled subject of a study at the caller's sites. */
@Path("studies")
@Produces(MediaType.APPLICATION_JSON)
public class SurvivalEventsResource {

    @Inject
    private FollowUpService followUp;

    @GET
    @Path("{registryId}/survival-events")
    public Response survivalEvents(@PathParam("registryId") String registryId) {
        return JacksonJson.ok(followUp.survivalEvents(registryId).stream().map(FollowUpResource.SurvivalJson::of).toList());
    }
}
