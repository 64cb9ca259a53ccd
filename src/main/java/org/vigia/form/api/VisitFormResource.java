package org.vigia.form.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.vigia.form.FormService;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.MaxEntries;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.subject.SubjectLookup;

/**
 * One form at one visit of a subject: read it (empty while never saved) and save it. The body holds every value of
 * the form by item path ({@code CM[0].CMDOSE}); the form service validates (the same rules as the screens).
 */
@Path("studies/{registryId}/subjects/{id}/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitFormResource {

    /** Most values one save may carry (50 rows of 20 items). */
    static final int MAX_VALUES = 1000;

    @Inject
    private FormService forms;

    @Inject
    private SubjectLookup lookup;

    /**
     * A save: {@code version} the row version loaded (absent or 0 for a form never saved), {@code values} item path →
     * value, {@code confirmedWarnings} the paths whose soft-range warning the user confirms, {@code reason} why stored
     * values change.
     */
    public record FormSave(Long version, @MaxEntries(MAX_VALUES) Map<@MaxLength(80) String, Object> values,
                           @MaxEntries(MAX_VALUES) List<@MaxLength(80) String> confirmedWarnings,
                           @MaxLength(TextLimits.REASON) String reason) {
    }

    @GET
    @Path("{visitCode}/forms/{formOid}")
    public FormRecordJson get(@PathParam("registryId") String registryId, @PathParam("id") Long id,
                              @PathParam("visitCode") String visitCode, @PathParam("formOid") String formOid) {
        lookup.inStudy(registryId, id);
        return FormRecordJson.of(forms.record(id, visitCode, formOid));
    }

    @PUT
    @Path("{visitCode}/forms/{formOid}")
    public FormRecordJson put(@PathParam("registryId") String registryId, @PathParam("id") Long id,
                              @PathParam("visitCode") String visitCode, @PathParam("formOid") String formOid,
                              FormSave body) {
        RequestBodies.valid(body);
        lookup.inStudy(registryId, id);
        return FormRecordJson.of(forms.save(id, visitCode, formOid, body.version(), body.values(),
                body.confirmedWarnings() == null ? null : new LinkedHashSet<>(body.confirmedWarnings()), body.reason()));
    }
}
