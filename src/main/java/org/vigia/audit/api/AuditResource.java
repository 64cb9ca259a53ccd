package org.vigia.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.vigia.audit.AuditQuery;
import org.vigia.audit.AuditRecord;
import org.vigia.audit.AuditService;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/** Searching the audit trail (administrators and data managers). */
@Path("audit")
public class AuditResource {

    @Inject
    private AuditService audit;

    public record AuditJson(Long id, Instant at, String username, String action, String entityType, String entityId,
                            Long studyId, Long siteId, String subject, String field, String oldValue, String newValue,
                            String reason) {
        static AuditJson of(AuditRecord r) {
            return new AuditJson(r.getId(), r.getAt(), r.getUsername(), r.getAction(), r.getEntityType(), r.getEntityId(),
                    r.getStudyId(), r.getSiteId(), r.getSubjectRef(), r.getField(), r.getOldValue(), r.getNewValue(), r.getReason());
        }
    }

    public record AuditPage(long total, List<AuditJson> rows) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AuditPage search(@QueryParam("user") String user, @QueryParam("entityType") String entityType,
                            @QueryParam("entityId") String entityId, @QueryParam("subject") String subject,
                            @QueryParam("action") String action, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("first") @DefaultValue("0") int first,
                            @QueryParam("max") @DefaultValue("100") int max) {
        AuditQuery q = new AuditQuery(user, entityType, entityId, subject, action, date("from", from), date("to", to));
        return new AuditPage(audit.count(q), audit.search(q, Math.max(0, first), Math.min(Math.max(1, max), 1000))
                .stream().map(AuditJson::of).toList());
    }

    @GET
    @Path("csv")
    @Produces("text/csv;charset=UTF-8")
    public Response csv(@QueryParam("user") String user, @QueryParam("entityType") String entityType,
                        @QueryParam("entityId") String entityId, @QueryParam("subject") String subject,
                        @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditQuery q = new AuditQuery(user, entityType, entityId, subject, action, date("from", from), date("to", to));
        audit.count(q); // role check before streaming starts
        StreamingOutput body = out -> {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            audit.exportCsv(q, writer);
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"vigia-audit.csv\"").build();
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(name, Text.of(Bundle.MESSAGES, "error.notDate", value));
        }
    }
}
