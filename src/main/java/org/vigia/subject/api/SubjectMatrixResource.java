package org.vigia.subject.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.vigia.study.StudyService;
import org.vigia.subject.SubjectMatrixService;
import org.vigia.subject.SubjectMatrixService.MatrixPage;
import org.vigia.subject.SubjectMatrixService.MatrixQuery;

/** The subject matrix of a study (subjects × visits with form status), paged, sorted and filtered server-side. */
@Path("studies/{registryId}/subjects/matrix")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectMatrixResource {

    @Inject
    private SubjectMatrixService matrix;

    @Inject
    private StudyService studies;

    @GET
    public MatrixPage get(@PathParam("registryId") String registryId, @QueryParam("site") Long site,
                          @QueryParam("status") String status, @QueryParam("number") String number,
                          @QueryParam("sort") String sort, @QueryParam("order") String order,
                          @QueryParam("first") @DefaultValue("0") int first,
                          @QueryParam("max") @DefaultValue("25") int max) {
        return matrix.page(studies.getByRegistryId(registryId).getId(),
                new MatrixQuery(site, status, number, sort, "desc".equalsIgnoreCase(order), first, max));
    }
}
