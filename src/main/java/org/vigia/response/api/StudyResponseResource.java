package org.vigia.response.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vigia.platform.api.JacksonJson;
import org.vigia.response.assessment.StudyResponseService;

/** Study-level response endpoints: ORR, DCR, ORR at a fixed time, ORR by lesion irradiation. */
@Path("studies/{registryId}/response-summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tumour assessments")
public class StudyResponseResource {

    @Inject
    private StudyResponseService summaries;

    @GET
    @Operation(summary = "ORR and DCR with exact 95% CIs, fixed-time ORR and ORR by irradiation group",
            description = "Over the subjects enrolled with a baseline tumour assessment at the caller's sites, from "
                    + "the data dated on or before the optional cutoff (yyyy-mm-dd); NE counts as non-responder. "
                    + "Rates are fractions with Clopper-Pearson limits, 4 decimals. The DMC report computes ORR and "
                    + "DCR the same way.")
    public Response summary(@PathParam("registryId") String registryId, @QueryParam("cutoff") String cutoff) {
        LocalDate cutOff = null;
        if (cutoff != null && !cutoff.isBlank()) {
            try {
                cutOff = LocalDate.parse(cutoff.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInput("cutoff", Text.of(Bundle.RESPONSE, "resp.invalid.cutoff"));
            }
        }
        return JacksonJson.ok(summaries.summary(registryId, cutOff));
    }
}
