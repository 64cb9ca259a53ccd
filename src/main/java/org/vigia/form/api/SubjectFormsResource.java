package org.vigia.form.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vigia.form.FormService;
import org.vigia.subject.SubjectLookup;

/** The form records of a subject (every visit and form), 404 for a subject at a site where the caller holds no role. */
@Path("studies/{registryId}/subjects/{id}/forms")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectFormsResource {

    @Inject
    private FormService forms;

    @Inject
    private SubjectLookup lookup;

    @GET
    public List<FormRecordJson> list(@PathParam("registryId") String registryId, @PathParam("id") Long id) {
        lookup.inStudy(registryId, id);
        return forms.records(id).stream().map(FormRecordJson::of).toList();
    }
}
