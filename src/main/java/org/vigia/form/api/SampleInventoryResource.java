package org.vigia.form.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vigia.form.SampleInventoryService;
import org.vigia.study.StudyService;

/**
 * The sample inventory of a study (the sample rows of the biospecimen forms {@code BS} at the caller's sites):
 * {@code ?site=CN01} one site (by code), {@code ?status=STORED} one status; codes and ISO dates as stored.
 */
@Path("studies/{registryId}/samples")
@Produces(MediaType.APPLICATION_JSON)
public class SampleInventoryResource {

    @Inject
    private SampleInventoryService samples;

    @Inject
    private StudyService studies;

    @GET
    public List<SampleInventoryService.Sample> list(@PathParam("registryId") String registryId,
                                                   @QueryParam("site") String site, @QueryParam("status") String status) {
        return samples.inventory(studies.getByRegistryId(registryId).getId(), site, status).samples();
    }
}
