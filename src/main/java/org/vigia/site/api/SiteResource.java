package org.vigia.site.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.vigia.account.AccessGuard;
import org.vigia.platform.api.Idempotent;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.MaxLength;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.TextLimits;
import org.vigia.site.Site;
import org.vigia.site.SiteService;

/** Sites: everyone lists the sites they work at; administrators create and change them. */
@Path("sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteResource {

    @Inject
    private SiteService sites;

    @Inject
    private AccessGuard access;

    public record SiteJson(Long id, String code, String name, String country, String timeZone, boolean active, long version) {
        static SiteJson of(Site s) {
            return new SiteJson(s.getId(), s.getCode(), s.getName(), s.getCountry(), s.getTimeZone(), s.isActive(), s.getVersion());
        }
    }

    public record NewSite(
            @MaxLength(TextLimits.SITE_CODE) String code,
            @MaxLength(TextLimits.SITE_NAME) String name,
            @MaxLength(TextLimits.COUNTRY) String country,
            @MaxLength(TextLimits.TIME_ZONE) String timeZone) {
    }

    public record SiteChange(
            Long version,
            @MaxLength(TextLimits.SITE_NAME) String name,
            @MaxLength(TextLimits.COUNTRY) String country,
            @MaxLength(TextLimits.TIME_ZONE) String timeZone,
            @MaxLength(TextLimits.REASON) String reason) {
    }

    @GET
    public List<SiteJson> list() {
        return sites.listVisible().stream().map(SiteJson::of).toList();
    }

    @GET
    @Path("{id}")
    public SiteJson get(@PathParam("id") Long id) {
        Site site = sites.find(id).orElseThrow(() -> new RecordNotFound("Site", id));
        access.requireAnyRoleAtSite(id, "site " + site.getCode()); // the sites GET /sites lists
        return SiteJson.of(site);
    }

    @POST
    @Idempotent
    public Response create(NewSite body) {
        RequestBodies.valid(body);
        RequestBodies.required(body.code(), "code");
        return Response.status(201).entity(SiteJson.of(sites.create(body.code(), body.name(), body.country(), body.timeZone()))).build();
    }

    @PUT
    @Path("{id}")
    public SiteJson update(@PathParam("id") Long id, SiteChange body) {
        RequestBodies.valid(body);
        return SiteJson.of(sites.update(id, RequestBodies.required(body.version(), "version"), body.name(), body.country(),
                body.timeZone(), body.reason()));
    }
}
