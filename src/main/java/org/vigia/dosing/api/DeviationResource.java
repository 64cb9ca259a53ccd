package org.vigia.dosing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.vigia.dosing.DeviationLogEntry;
import org.vigia.dosing.ExposureService;

/** The study's protocol deviation log at the caller's sites (monitors, sites, data managers). */
@Path("studies")
@Produces(MediaType.APPLICATION_JSON)
public class DeviationResource {

    @Inject
    private ExposureService exposure;

    public record DeviationJson(Long id, String subject, Long subjectId, String kind, String agent, LocalDate occurredOn,
                                BigDecimal recommendedMg, BigDecimal administeredMg, BigDecimal differencePercent,
                                String description, String reason, String recordedBy) {
        static DeviationJson of(DeviationLogEntry d) {
            return new DeviationJson(d.getId(), d.getSubjectLabel(), d.getSubjectId(), d.getKind(), d.getAgentId(),
                    d.getOccurredOn(), d.getRecommendedMg(), d.getAdministeredMg(), d.getDifferencePercent(),
                    d.getDescription(), d.getReason(), d.getRecordedBy());
        }
    }

    @GET
    @Path("{registryId}/deviations")
    public List<DeviationJson> deviations(@PathParam("registryId") String registryId) {
        return exposure.deviations(registryId).stream().map(DeviationJson::of).toList();
    }
}
