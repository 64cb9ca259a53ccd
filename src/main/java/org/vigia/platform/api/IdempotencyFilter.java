package org.vigia.platform.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vigia.platform.IdempotencyStore;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * {@code Idempotency-Key} for the record-creating calls marked {@link Idempotent}: the first {@code POST} with a key
 * claims it (a row inserted before the call runs, so a concurrent repeat cannot run too), its response is stored, and
 * every repeat by the same user with the same key and the same request (method, path, query, body) gets that response
 * again (status, body, {@code Location}, with {@code Idempotent-Replayed: true}) and creates nothing. A repeat while
 * the first still runs waits for it (up to {@link #WAIT_MILLIS}, then 409). The same key with another request is
 * refused (422). Only a successful first response (2xx) is kept: a first call that is refused or fails (4xx, 5xx;
 * nothing was created) releases its key, and a retry with it runs again. Keys are 1-128 printable ASCII characters,
 * kept 24 hours ({@link IdempotencyStore#RETENTION}).
 */
@Provider
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    public static final String HEADER = "Idempotency-Key";
    static final long WAIT_MILLIS = 30_000;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final String PENDING = IdempotencyFilter.class.getName() + ".pending";

    private record Claim(String username, String key) {
    }

    private record Pending(Claim claim, int status, String location, String contentType) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (key == null || caller == null || !"POST".equals(request.getMethod())) {
            return;
        }
        if (!KEY.matcher(key).matches()) {
            request.abortWith(error(400, new ApiError("invalid_input", Text.of(Bundle.MESSAGES, "api.idempotency.keyFormat")
                    .english(), Map.of(HEADER, Text.of(Bundle.MESSAGES, "api.idempotency.keyFormatField").english()))));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = sha256(request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery() + "\n", body);
        IdempotencyStore store = store();
        String user = caller.getName();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            if (store.claim(user, key, hash)) {
                request.setProperty(CLAIM, new Claim(user, key));
                return;
            }
            Optional<IdempotencyStore.Entry> found = store.find(user, key);
            if (found.isEmpty() && System.currentTimeMillis() <= deadline) {
                continue; // released or expired meanwhile: claim again
            }
            if (found.isEmpty()) {
                request.abortWith(error(409, new ApiError("conflict",
                        Text.of(Bundle.MESSAGES, "api.idempotency.notClaimed").english())));
                return;
            }
            IdempotencyStore.Entry entry = found.get();
            if (entry.expired() && store.forgetExpired(user, key)) {
                continue; // older than 24 hours: a new use of the key
            }
            if (!entry.requestSha256().equals(hash)) {
                request.abortWith(error(422, new ApiError("idempotency_key_reused",
                        Text.of(Bundle.MESSAGES, "api.idempotency.reused").english())));
                return;
            }
            if (entry.completed()) {
                Response.ResponseBuilder replay = Response.status(entry.status())
                        .header("Idempotent-Replayed", "true");
                if (entry.body() != null && entry.body().length > 0) {
                    replay.entity(entry.body()).type(entry.contentType());
                }
                if (entry.location() != null) {
                    replay.header("Location", entry.location());
                }
                request.abortWith(replay.build());
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                request.abortWith(error(409, new ApiError("conflict",
                        Text.of(Bundle.MESSAGES, "api.idempotency.running").english())));
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                request.abortWith(error(409, new ApiError("conflict",
                        Text.of(Bundle.MESSAGES, "api.idempotency.interrupted").english())));
                return;
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        if (response.getStatus() >= 300) {
            store().release(claim.username(), claim.key()); // refused or failed: nothing was created, a retry runs again
            return;
        }
        String location = response.getHeaderString("Location");
        MediaType type = response.getMediaType();
        Pending pending = new Pending(claim, response.getStatus(), location, type == null ? null : type.toString());
        if (response.hasEntity()) {
            request.setProperty(PENDING, pending);
        } else {
            complete(pending, new byte[0]);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(PENDING) instanceof Pending pending)) {
            context.proceed();
            return;
        }
        context.removeProperty(PENDING);
        OutputStream out = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                copy.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                copy.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        });
        context.proceed();
        complete(pending, copy.toByteArray());
    }

    private void complete(Pending p, byte[] body) {
        store().complete(p.claim().username(), p.claim().key(), p.status(), p.location(), p.contentType(), body);
    }

    private static IdempotencyStore store() {
        return CDI.current().select(IdempotencyStore.class).get();
    }

    private static Response error(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    static String sha256(String head, byte[] body) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(head.getBytes(StandardCharsets.UTF_8));
            d.update(body);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
