package org.vigia.demo.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.vigia.demo.DemoDataLoader;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;

/**
 * The synthetic trial generator by API (administrators, demo mode only).
 * <pre>
 * POST /api/v1/admin/demo-data  {"study": "NCT07277764", "subjects": 24}   → 202, filled in the background
 * GET  /api/v1/admin/demo-data                                           → progress and what was filled
 * </pre>
 */
@Path("admin/demo-data")
@Produces(MediaType.APPLICATION_JSON)
public class DemoDataResource {

    @Inject
    private DemoDataLoader loader;

    /** Which study, and how many subjects to enrol (about 15 % more are screened). */
    public record FillRequest(@MaxLength(TextLimits.DEFINITION_CODE) String study, Integer subjects) {
    }

    @GET
    public DemoDataLoader.Status status() {
        return loader.status();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fill(FillRequest body) {
        RequestBodies.required(body, "body");
        loader.request(RequestBodies.required(body.study(), "study"), RequestBodies.required(body.subjects(), "subjects"));
        return Response.accepted(loader.status()).build();
    }
}
