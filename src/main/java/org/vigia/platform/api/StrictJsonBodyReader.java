package org.vigia.platform.api;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * Every JSON request body of the API goes through {@link StrictJson} (no coercion, unknown properties refused,
 * the field named in each refusal) and then through its Bean Validation constraints (text lengths, number digits),
 * so a resource receives only a body of the right shape. Responses are written by {@link JacksonBodyWriter}.
 * <p>
 * A reader interceptor rather than a message body reader: the container's JSON-B reader also reads any type as
 * JSON, and which of two such readers JAX-RS picks is not fixed (one run picked JSON-B, which coerces
 * {@code "true"} to a boolean and {@code 2.5} to 2). An interceptor runs for every body and answers without the
 * reader. Bodies read as {@code String}, bytes, streams or JSON-P values, and non-JSON bodies, go to their reader.
 */
@Provider
public class StrictJsonBodyReader implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || !isBound(context.getType())) {
            return context.proceed();
        }
        Type type = context.getGenericType() == null ? context.getType() : context.getGenericType();
        Object body = StrictJson.read(context.getInputStream(), type);
        if (body != null) {
            RequestBodies.valid(body);
        }
        return body;
    }

    static boolean isJson(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    static boolean isBound(Class<?> type) {
        return type != String.class && type != byte[].class && type != char[].class
                && !InputStream.class.isAssignableFrom(type) && !Reader.class.isAssignableFrom(type)
                && !JsonValue.class.isAssignableFrom(type) && !type.getName().startsWith("jakarta.activation.")
                && !MultivaluedMap.class.isAssignableFrom(type);
    }
}
