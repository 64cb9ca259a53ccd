package org.vigia.lab.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@link LabResultResource} at its first path, {@code /api/v1/studies/{registryId}/subjects/{id}/labs}: the same
 * methods, JSON and validation (inherited), kept so that clients of that path keep working.
 * <pre>{@code
 * GET /api/v1/studies/NCT07041788/subjects/12/labs   ≡   GET .../subjects/12/lab-results
 * }</pre>
 */
@Path("studies/{registryId}/subjects/{id}/labs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LabsPathResource extends LabResultResource {
}
