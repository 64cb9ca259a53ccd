package org.vigia.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.ws.rs.NameBinding;

/**
 * Marks a record-creating {@code POST} that honours the {@code Idempotency-Key} header ({@link IdempotencyFilter}):
 * a repeat with the same key by the same user returns the first response and creates nothing.
 * <pre>{@code
 * @POST @Idempotent
 * public Response create(AdverseEventBody body) { ... }
 * }</pre>
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {
}
