package org.vigia.account.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.vigia.account.AccessGuard;

/** Who am I: the caller's name and memberships. Also the cheapest authenticated call (benchmark floor). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private AccessGuard access;

    public record Me(String username, List<MembershipJson> memberships) {
    }

    @GET
    public Me me() {
        return new Me(access.caller(), access.memberships().stream().map(MembershipJson::of).toList());
    }
}
