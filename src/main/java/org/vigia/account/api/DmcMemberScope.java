package org.vigia.account.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Set;
import org.vigia.account.Role;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.platform.api.ApiError;

/**
 * A DMC member who holds no other role reaches only the DMC API ({@code org.vigia.dmc.api}), {@code /me} and the
 * stateless calculators (RECIST, CTCAE); every other call, and with it every subject-level one, is refused with 403
 * and audited ({@code ACCESS_REFUSED}). The DMC sees aggregate reports and pseudonymous listings, never screening
 * numbers, years of birth or consent dates. The pages are closed to them by the URL constraints of {@code web.xml}.
 */
@Provider
public class DmcMemberScope implements ContainerRequestFilter {

    /** Resources open to a DMC member besides the DMC package, by class name (the API layer of other features). */
    static final Set<String> OPEN = Set.of(MeResource.class.getName(), "org.vigia.response.api.RecistResource",
            "org.vigia.ae.api.CtcaeResource");
    static final String DMC_PACKAGE = "org.vigia.dmc.";

    @Context
    private ResourceInfo resource;

    @Inject
    private AuditService audit;

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext caller = request.getSecurityContext();
        if (caller == null || caller.getUserPrincipal() == null || !caller.isUserInRole(Role.DMC_MEMBER.name())
                || Arrays.stream(Role.values()).anyMatch(r -> r != Role.DMC_MEMBER && caller.isUserInRole(r.name()))) {
            return;
        }
        Class<?> target = resource.getResourceClass();
        if (target == null || target.getName().startsWith(DMC_PACKAGE) || OPEN.contains(target.getName())) {
            return;
        }
        audit.recordAlways(caller.getUserPrincipal().getName(), AuditEntry.of("ACCESS_REFUSED", "Access", null)
                .reason(clip("DMC member: " + request.getMethod() + " /" + request.getUriInfo().getPath())));
        request.abortWith(Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("forbidden", "A DMC member sees the DMC reports only.")).build());
    }

    private static String clip(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }
}
