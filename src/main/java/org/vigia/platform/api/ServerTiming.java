package org.vigia.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Adds {@code Server-Timing: app;dur=<ms>} to every API response: the server's time from the request reaching the
 * API (after authentication) to the response being handed to the body writer. Browsers' developer tools and the
 * benchmarks read it; it tells server time from network time.
 */
@Provider
@PreMatching
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ServerTiming.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            response.getHeaders().add("Server-Timing",
                    String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6));
        }
    }
}
