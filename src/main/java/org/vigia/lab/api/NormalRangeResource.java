package org.vigia.lab.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.vigia.terminology.LabTest;
import org.vigia.lab.NormalRange;
import org.vigia.lab.NormalRangeService;
import org.vigia.platform.api.Idempotent;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/** Normal ranges (administrators): list, add, remove with a reason, import CSV ({@code text/csv}). */
@Path("normal-ranges")
@Produces(MediaType.APPLICATION_JSON)
public class NormalRangeResource {

    @Inject
    private NormalRangeService ranges;

    public record RangeJson(Long id, Long siteId, String test, String sex, Integer ageMin, Integer ageMax, String unit,
                            BigDecimal lln, BigDecimal uln, long version) {
        static RangeJson of(NormalRange r) {
            return new RangeJson(r.getId(), r.getSiteId(), r.getTest().name(), r.getSex(), r.getAgeMin(), r.getAgeMax(),
                    r.getUnit(), r.getLln() == null ? null : r.getLln().stripTrailingZeros(),
                    r.getUln() == null ? null : r.getUln().stripTrailingZeros(), r.getVersion());
        }
    }

    public record NewRange(
            Long siteId,
            @MaxLength(TextLimits.LAB_TEST) String test,
            @MaxLength(TextLimits.CODE) String sex,
            Integer ageMin,
            Integer ageMax,
            @MaxLength(TextLimits.LAB_UNIT) String unit,
            @DecimalDigits(integer = 12, fraction = 6) BigDecimal lln,
            @DecimalDigits(integer = 12, fraction = 6) BigDecimal uln) {
    }

    @GET
    public List<RangeJson> list() {
        return ranges.list().stream().map(RangeJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    public Response create(NewRange body) {
        RequestBodies.valid(body);
        LabTest test = LabTest.byCode(body.test()).orElseThrow(() -> new org.vigia.shared.InvalidInput("test",
                Text.of(Bundle.SUBJECT, "lab.refused.unknownTestCode", body.test())));
        return Response.status(201).entity(RangeJson.of(ranges.create(body.siteId(), test, body.sex(), body.ageMin(),
                body.ageMax(), body.unit(), body.lln(), body.uln()))).build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Map<String, Integer> importCsv(String csv) {
        return Map.of("imported", ranges.importCsv(new StringReader(csv == null ? "" : csv)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") Long id, @QueryParam("version") Long version, @QueryParam("reason") String reason) {
        ranges.delete(id, RequestBodies.required(version, "version"), reason);
        return Response.noContent().build();
    }
}
