package org.vigia.form.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vigia.form.FormService;

/** The form library: the newest version of every form, and one form's definition (newest, or {@code ?version=n}). */
@Path("forms")
@Produces(MediaType.APPLICATION_JSON)
public class FormLibraryResource {

    @Inject
    private FormService forms;

    @GET
    public List<FormJson.Summary> list() {
        return forms.library().stream().map(FormJson.Summary::of).toList();
    }

    @GET
    @Path("{formOid}")
    public FormJson get(@PathParam("formOid") String formOid, @QueryParam("version") Integer version) {
        return FormJson.of(version == null ? forms.definition(formOid) : forms.definition(formOid, version));
    }
}
