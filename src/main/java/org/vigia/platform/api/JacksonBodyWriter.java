package org.vigia.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.File;
import java.io.IOException;

/**
 * Writes every JSON response entity of the API with Jackson ({@link JacksonJson#RESPONSES}), so that the container's
 * JSON-B writes nothing and the API has one JSON binding.
 * <p>
 * A writer interceptor rather than a message body writer, for the reason given in {@link StrictJsonBodyReader}: the
 * container's JSON-B writer also writes any type as JSON and was picked over an application's writer (a check in
 * {@code FoundationApiIT} showed JSON-B's sorted properties). This interceptor runs innermost (after
 * {@link IdempotencyFilter}, which records what is written) and writes the entity itself; texts, bytes, streams,
 * files and JSON-P values, and non-JSON entities, go on to their writers.
 * <pre>{@code
 * @GET public List<LabResultJson> list(...)   // → [{"id":1,"test":"ANC",...}] written here
 * }</pre>
 */
@Provider
@Priority(Priorities.USER + 1000)
public class JacksonBodyWriter implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object entity = context.getEntity();
        if (entity == null || !StrictJsonBodyReader.isJson(context.getMediaType()) || !writes(entity.getClass())) {
            context.proceed();
            return;
        }
        JacksonJson.RESPONSES.writeValue(context.getOutputStream(), entity);
    }

    static boolean writes(Class<?> type) {
        return StrictJsonBodyReader.isBound(type) && !StreamingOutput.class.isAssignableFrom(type)
                && !File.class.isAssignableFrom(type) && !java.nio.file.Path.class.isAssignableFrom(type);
    }
}
