package org.vigia.ae.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.vigia.ae.RadiotherapyCheckService;
import org.vigia.ae.RadiotherapySkinMucosaCheck;
import org.vigia.platform.api.Idempotent;
import org.vigia.platform.api.RequestBodies;
import org.vigia.subject.SubjectLookup;

/** Weekly oral mucositis / radiation dermatitis checks during radiotherapy of one subject. */
@Path("studies/{registryId}/subjects/{id}/rt-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RadiotherapyCheckResource {

    @Inject
    private SubjectLookup lookup;

    @Inject
    private RadiotherapyCheckService rtChecks;

    public record RtCheckBody(LocalDate assessedOn, Integer rtWeek, Integer mucositisGrade, Integer dermatitisGrade,
            Integer rtogMucositisGrade, Integer rtogSkinGrade) {
    }

    public record RtCheckJson(Long id, LocalDate assessedOn, int rtWeek, int mucositisGrade, int dermatitisGrade,
            Integer rtogMucositisGrade, Integer rtogSkinGrade, String recordedBy) {
        static RtCheckJson of(RadiotherapySkinMucosaCheck c) {
            return new RtCheckJson(c.getId(), c.getAssessedOn(), c.getRtWeek(), c.getMucositisGrade(),
                    c.getDermatitisGrade(), c.getRtogMucositisGrade(), c.getRtogSkinGrade(), c.getRecordedBy());
        }
    }

    @GET
    public List<RtCheckJson> list(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        lookup.inStudy(registryId, id);
        return rtChecks.list(id).stream().map(RtCheckJson::of).toList();
    }

    @POST
    @Idempotent
    public Response record(@PathParam("registryId") String registryId, @PathParam("id") Long id, RtCheckBody body) {
        RequestBodies.valid(body);
        lookup.inStudy(registryId, id);
        return Response.status(201).entity(RtCheckJson.of(rtChecks.record(id, body.assessedOn(), body.rtWeek(),
                body.mucositisGrade(), body.dermatitisGrade(), body.rtogMucositisGrade(), body.rtogSkinGrade()))).build();
    }

}
