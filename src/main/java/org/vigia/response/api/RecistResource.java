package org.vigia.response.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vigia.platform.api.JacksonJson;
import org.vigia.response.BestOverallResponseCalculator;
import org.vigia.response.BestOverallResponseInput;
import org.vigia.response.BestOverallResponseResult;
import org.vigia.response.RecistCalculator;
import org.vigia.response.TimePointInput;
import org.vigia.response.TimePointResult;

/**
 * The RECIST 1.1 calculators as an API: the same {@link RecistCalculator} and
 * {@link BestOverallResponseCalculator} the screens use, with no stored data involved.
 */
@Path("recist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "RECIST 1.1", description = "Time-point and best overall response (Eisenhauer et al., Eur J Cancer 2009)")
public class RecistResource {

    private static final String TIME_POINT_EXAMPLE = """
            {"targetLesions": [{"id": "T1", "nodal": false, "baselineMm": 40, "currentMm": 28},
                               {"id": "T2", "nodal": false, "baselineMm": 30, "currentMm": 20}],
             "nadirSumMm": 70, "priorCompleteResponse": false,
             "nonTargetLesions": [{"id": "NT1", "nodal": false, "status": "PRESENT", "shortAxisMm": null}],
             "newLesions": "NO"}""";
    private static final String TIME_POINT_RESULT = """
            {"targetResponse": "PR", "nonTargetResponse": "NON_CR_NON_PD", "overallResponse": "PR",
             "baselineSumMm": 70, "nadirSumMm": 70, "currentSumMm": 48,
             "changeFromBaselinePct": -31.43, "changeFromNadirPct": -31.43, "changeFromNadirMm": -22}""";
    private static final String BOR_EXAMPLE = """
            {"assessments": [{"studyDay": 56, "overallResponse": "PR"}, {"studyDay": 98, "overallResponse": "PR"}],
             "confirmationRequired": true, "confirmationMinDays": 28, "sdMinDays": 42}""";

    @POST
    @Path("time-point")
    @Operation(summary = "Assess one RECIST 1.1 time point",
            description = "Target, non-target and overall response (Tables 1 and 2) with the sums and their changes. "
                    + "List every baseline target and non-target lesion. currentMm: null = not assessed, 0 = disappeared, "
                    + "5 = too small to measure. Non-target status: PRESENT, ABSENT, NOT_EVALUATED, UNEQUIVOCAL_PROGRESSION. "
                    + "newLesions: NO, YES, EQUIVOCAL (equivocal is not progression). nadirSumMm: null = the baseline sum; "
                    + "a nadir above the baseline sum of the listed lesions is capped at it (section 4.3.1) and the "
                    + "response carries a 'warnings' array. Responses: CR, PR, SD, PD, NE, NON_CR_NON_PD; null when there "
                    + "are no lesions of that kind. Percentages: 2 decimals, HALF_UP; PD needs +20 % and +5 mm over the nadir.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TimePointInput.class),
            examples = @ExampleObject(name = "two target lesions", value = TIME_POINT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The time-point assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimePointResult.class),
                    examples = @ExampleObject(name = "partial response", value = TIME_POINT_RESULT)))
    @APIResponse(responseCode = "400", description = "Bad input: {\"error\",\"message\",\"fields\"}")
    public Response timePoint(String body) {
        TimePointInput input = JsonBodies.read(body, TimePointInput.class);
        return JacksonJson.ok(new RecistCalculator().evaluate(input));
    }

    @POST
    @Path("best-overall-response")
    @Operation(summary = "Best overall response of a subject",
            description = "RECIST 1.1 section 4.4 and Table 3: time points after the first PD are ignored; with "
                    + "confirmationRequired a CR/PR needs a later CR/PR at least confirmationMinDays later; SD needs a "
                    + "time point at least sdMinDays after Day 1 (studyDay ≥ sdMinDays + 1). Also returns the first "
                    + "response day, the progression day and the duration of response (study days, Day 1 = start).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BestOverallResponseInput.class),
            examples = @ExampleObject(name = "confirmed PR", value = BOR_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "{\"bestOverallResponse\": \"PR\", ...}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BestOverallResponseResult.class)))
    @APIResponse(responseCode = "400", description = "Bad input: {\"error\",\"message\",\"fields\"}")
    public Response bestOverallResponse(String body) {
        BestOverallResponseInput input = JsonBodies.read(body, BestOverallResponseInput.class);
        return JacksonJson.ok(new BestOverallResponseCalculator().evaluate(input));
    }
}
