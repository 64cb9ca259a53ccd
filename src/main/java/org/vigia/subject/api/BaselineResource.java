package org.vigia.subject.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.subject.BaselineCondition;
import org.vigia.subject.BaselineFormService.BaselineFormView;
import org.vigia.subject.BaselineFormService;
import org.vigia.subject.BaselineFormType;
import org.vigia.subject.SubjectLookup;

/** Baseline forms of a subject: read all, read one, save one (version → 409 on a stale one), baseline conditions. */
@Path("studies/{registryId}/subjects/{id}/baseline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BaselineResource {

    @Inject
    private BaselineFormService baseline;

    @Inject
    private SubjectLookup lookup;

    public record FormJson(String form, Long version, boolean complete, Map<String, Object> data) {
        static FormJson of(BaselineFormView v) {
            return new FormJson(v.type().name(), v.version(), v.complete(), v.data());
        }
    }

    public record BaselineJson(Long subjectId, String bsaFormula, Map<String, FormJson> forms) {
    }

    public record FormUpdate(Long version, Map<String, Object> data, @MaxLength(TextLimits.REASON) String reason) {
    }

    @GET
    public BaselineJson all(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        lookup.inStudy(registryId, id);
        Map<String, FormJson> forms = new LinkedHashMap<>();
        baseline.all(id).forEach((t, v) -> forms.put(t.name(), FormJson.of(v)));
        return new BaselineJson(id, baseline.bsaFormula(id).name(), forms);
    }

    @GET
    @Path("conditions")
    public List<BaselineCondition> conditions(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        lookup.inStudy(registryId, id);
        return baseline.baselineConditions(id);
    }

    @GET
    @Path("{form}")
    public FormJson get(@PathParam("registryId") String registryId, @PathParam("id") Long id,
                        @PathParam("form") String form) {
        lookup.inStudy(registryId, id);
        return FormJson.of(baseline.get(id, BaselineFormType.of(form)));
    }

    @PUT
    @Path("{form}")
    public FormJson put(@PathParam("registryId") String registryId, @PathParam("id") Long id,
                        @PathParam("form") String form, FormUpdate body) {
        RequestBodies.valid(body);
        lookup.inStudy(registryId, id);
        return FormJson.of(baseline.save(id, BaselineFormType.of(form), body.version(),
                RequestBodies.required(body.data(), "data"), body.reason()));
    }
}
