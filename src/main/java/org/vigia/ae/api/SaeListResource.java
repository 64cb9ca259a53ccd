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
import org.vigia.ae.AdverseEventService;
import org.vigia.ae.SeriousAdverseEventRow;
import org.vigia.study.StudyService;

/** The SAEs of a study at the caller's sites with the initial-report deadline and state (DUE, OVERDUE, REPORTED). */
@Path("studies/{registryId}/saes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SaeListResource {

    @Inject
    private AdverseEventService adverseEvents;

    @Inject
    private StudyService studies;

    @GET
    public List<SeriousAdverseEventRow> saes(@PathParam("registryId") String registryId) {
        return adverseEvents.saes(studies.getByRegistryId(registryId).getId());
    }
}
