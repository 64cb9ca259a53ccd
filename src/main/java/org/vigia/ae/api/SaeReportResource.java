package org.vigia.ae.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.vigia.ae.SaeReportService;

/** The SAE report of one serious AE as a PDF in a CIOMS-I-like layout. */
@Path("adverse-events/{id}/sae-report.pdf")
public class SaeReportResource {

    @Inject
    private SaeReportService reports;

    /** No {@code @Produces}: the PDF is sent whatever the client accepts, errors as JSON. */
    @GET
    public Response pdf(@PathParam("id") Long id) {
        return Response.ok(reports.pdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"sae-report-" + id + ".pdf\"").build();
    }
}
