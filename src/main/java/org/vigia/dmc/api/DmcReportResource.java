package org.vigia.dmc.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigia.dmc.DmcReportFile;
import org.vigia.dmc.DmcReportFormat;
import org.vigia.dmc.DmcReportService;
import org.vigia.dmc.GeneratedDmcReport;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Languages;
import org.vigia.shared.text.Text;

/**
 * The DMC safety report by API: {@code POST} generates the file, {@code GET} lists what was generated.
 * <pre>
 * POST /api/v1/studies/NCT07041788/dmc-reports  {"cutoff": "2027-06-30", "format": "pdf", "language": "zh-CN"}
 * → 200 application/pdf, Content-Disposition: attachment; filename="dmc-report-NCT07041788-2027-06-30.pdf"
 * </pre>
 * The language is the body's {@code language} ("en", "zh-CN" or "fr"), else the request's {@code Accept-Language}.
 */
@Path("studies/{registryId}/dmc-reports")
public class DmcReportResource {

    /** Header carrying the SHA-256 of the data the report was built from. */
    public static final String CHECKSUM_HEADER = "X-Vigia-Data-Checksum";

    @Inject
    private DmcReportService reports;

    @Context
    private HttpHeaders headers;

    /** What to generate: cut-off date (ISO), format code, optional language tag. */
    public record DmcReportRequest(
            @MaxLength(TextLimits.DATE_TEXT) String cutoff,
            @MaxLength(TextLimits.CODE) String format,
            @MaxLength(TextLimits.CODE) String language) {
    }

    /** One generated report as listed. */
    public record GeneratedReportJson(long id, LocalDate cutoff, String format, String language, Instant generatedAt,
                                      String generatedBy, String definitionVersion, String dataSha256,
                                      String fileSha256, long sizeBytes) {
        static GeneratedReportJson of(GeneratedDmcReport r) {
            return new GeneratedReportJson(r.getId(), r.getCutOff(), r.getFormat().code(), r.getLanguage(),
                    r.getGeneratedAt(), r.getGeneratedBy(), r.getDefinitionVersion(), r.getDataSha256(),
                    r.getFileSha256(), r.getSizeBytes());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/zip", MediaType.APPLICATION_JSON})
    public Response generate(@PathParam("registryId") String registryId, DmcReportRequest body) {
        DmcReportRequest request = body == null ? new DmcReportRequest(null, null, null) : body;
        FieldErrors errors = new FieldErrors();
        LocalDate cutOff = null;
        if (request.cutoff() == null || request.cutoff().isBlank()) {
            errors.require(false, "cutoff", Text.of(Bundle.MESSAGES, "dmc.refused.cutoffRequired"));
        } else {
            try {
                cutOff = LocalDate.parse(request.cutoff().strip());
            } catch (DateTimeParseException e) {
                errors.require(false, "cutoff", Text.of(Bundle.MESSAGES, "error.notDate", request.cutoff()));
            }
        }
        Optional<DmcReportFormat> format = DmcReportFormat.ofCode(request.format());
        errors.require(format.isPresent(), "format", Text.of(Bundle.MESSAGES, "dmc.refused.format"));
        Optional<Locale> language = language(request.language());
        errors.require(language.isPresent(), "language", Text.of(Bundle.MESSAGES, "dmc.refused.language"));
        errors.throwIfAny();
        DmcReportFile file = reports.generate(registryId, cutOff, format.get(), language.get());
        return Response.ok(file.bytes(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header(CHECKSUM_HEADER, file.dataChecksum())
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<GeneratedReportJson> list(@PathParam("registryId") String registryId) {
        return reports.history(registryId).stream().map(GeneratedReportJson::of).toList();
    }

    /** The body's language, else the first acceptable language of the request; empty for an unknown one. */
    private Optional<Locale> language(String tag) {
        if (tag == null || tag.isBlank()) {
            List<Locale> accepted = headers.getAcceptableLanguages();
            return Optional.of(DmcReportService.supported(accepted.isEmpty() ? Locale.ENGLISH : accepted.get(0)));
        }
        return Languages.ofTag(tag);
    }
}
