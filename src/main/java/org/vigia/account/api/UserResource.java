package org.vigia.account.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.vigia.account.Role;
import org.vigia.account.UserAccount;
import org.vigia.account.UserAccountService;
import org.vigia.platform.api.Idempotent;
import org.vigia.platform.api.RequestBodies;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxLength;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/** User administration (administrators only; enforced by {@link UserAccountService}). */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    private UserAccountService users;

    public record UserJson(Long id, String username, String fullName, String email, boolean active,
                           Instant lockedUntil, Instant lastLoginAt, long version, List<MembershipJson> memberships) {
        static UserJson of(UserAccount u) {
            return new UserJson(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(), u.isActive(),
                    u.getLockedUntil(), u.getLastLoginAt(), u.getVersion(),
                    u.getMemberships().stream().map(MembershipJson::of).toList());
        }
    }

    public record NewUser(@MaxLength(TextLimits.USERNAME) String username,
                          @MaxLength(TextLimits.FULL_NAME) String fullName,
                          @MaxLength(TextLimits.EMAIL) String email,
                          @MaxLength(TextLimits.PASSWORD) String password) {
    }

    public record UserChange(
            Long version,
            @MaxLength(TextLimits.FULL_NAME) String fullName,
            @MaxLength(TextLimits.EMAIL) String email,
            @MaxLength(TextLimits.REASON) String reason) {
    }

    public record Grant(@MaxLength(TextLimits.CODE) String role, Long studyId, Long siteId) {
    }

    public record PasswordReset(
            @MaxLength(TextLimits.PASSWORD) String password,
            @MaxLength(TextLimits.REASON) String reason) {
    }

    @GET
    public List<UserJson> list() {
        return users.list().stream().map(UserJson::of).toList();
    }

    @GET
    @Path("{id}")
    public UserJson get(@PathParam("id") Long id) {
        return UserJson.of(users.find(id).orElseThrow(() -> new RecordNotFound("User", id)));
    }

    @POST
    @Idempotent
    public Response create(NewUser body) {
        RequestBodies.valid(body);
        RequestBodies.required(body.password(), "password");
        UserAccount u = users.create(body.username(), body.fullName(), body.email(), body.password());
        return Response.status(201).entity(UserJson.of(u)).build();
    }

    @PUT
    @Path("{id}")
    public UserJson update(@PathParam("id") Long id, UserChange body) {
        RequestBodies.valid(body);
        return UserJson.of(users.update(id, RequestBodies.required(body.version(), "version"), body.fullName(), body.email(), body.reason()));
    }

    @POST
    @Path("{id}/deactivate")
    public UserJson deactivate(@PathParam("id") Long id, @QueryParam("reason") String reason) {
        users.setActive(id, false, reason);
        return get(id);
    }

    @POST
    @Path("{id}/reactivate")
    public UserJson reactivate(@PathParam("id") Long id, @QueryParam("reason") String reason) {
        users.setActive(id, true, reason);
        return get(id);
    }

    @POST
    @Path("{id}/password")
    public Response resetPassword(@PathParam("id") Long id, PasswordReset body) {
        RequestBodies.valid(body);
        users.resetPassword(id, RequestBodies.required(body.password(), "password"), body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/memberships")
    @Idempotent
    public Response grant(@PathParam("id") Long id, Grant body) {
        RequestBodies.valid(body);
        Role role;
        try {
            role = Role.valueOf(RequestBodies.required(body.role(), "role"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("role", Text.of(Bundle.MESSAGES, "users.refused.unknownRole", body.role(), String.valueOf(List.of(Role.values()))));
        }
        return Response.status(201).entity(MembershipJson.of(users.grant(id, role, body.studyId(), body.siteId()))).build();
    }

    @DELETE
    @Path("{id}/memberships/{membershipId}")
    public Response revoke(@PathParam("id") Long id, @PathParam("membershipId") Long membershipId,
                           @QueryParam("reason") String reason) {
        users.revoke(id, membershipId, reason);
        return Response.noContent().build();
    }
}
