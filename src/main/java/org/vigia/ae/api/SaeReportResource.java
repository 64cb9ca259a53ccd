package org.vigia.ae.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigia.ae.SaeReportService;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Languages;
import org.vigia.shared.text.Text;

/**
 * The SAE report of one serious AE as a PDF in a CIOMS-I-like layout, in the reader's language: the query parameter
 * {@code language} ({@code en}, {@code zh-CN} or {@code fr}; the screens pass theirs), else the request's first acceptable
 * language of the two, else English.
 * <pre>
 * GET /api/v1/adverse-events/42/sae-report.pdf?language=zh-CN
 * </pre>
 */
@Path("adverse-events/{id}/sae-report.pdf")
public class SaeReportResource {

    @Inject
    private SaeReportService reports;

    /** No {@code @Produces}: the PDF is sent whatever the client accepts, errors as JSON. */
    @GET
    public Response pdf(@PathParam("id") Long id, @QueryParam("language") String language,
                        @Context HttpHeaders headers) {
        Locale locale = language(language, headers.getAcceptableLanguages());
        return Response.ok(reports.pdf(id, locale), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"sae-report-" + id + ".pdf\"").build();
    }

    static Locale language(String requested, List<Locale> acceptable) {
        if (requested != null && !requested.isBlank()) {
            return supported(Locale.forLanguageTag(requested.trim()))
                    .orElseThrow(() -> new InvalidInput("language", Text.of(Bundle.AE, "sae.pdf.language")));
        }
        return acceptable.stream().map(SaeReportResource::supported).flatMap(Optional::stream).findFirst()
                .orElse(Locale.ENGLISH);
    }

    private static Optional<Locale> supported(Locale l) {
        return Languages.supported(l);
    }
}
