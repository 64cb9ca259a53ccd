package org.vigia.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The client's IP address for the audit trail, when the work comes from an HTTP request. */
@ApplicationScoped
public class ClientAddress {

    @Inject
    private HttpServletRequest request;

    public String get() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException e) {
            return null;
        }
    }
}
