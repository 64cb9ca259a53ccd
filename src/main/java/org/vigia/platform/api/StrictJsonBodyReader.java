package org.vigia.platform.api;

import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Every JSON request body of the API goes through {@link StrictJson} (no coercion, unknown properties refused,
 * the field named in each refusal) and then through its Bean Validation constraints (text lengths, number digits),
 * so a resource receives only a body of the right shape. Responses are still written by the container's JSON-B.
 * <p>
 * Bodies read as {@code String}, bytes, streams or JSON-P values are left to the container.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class StrictJsonBodyReader implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class && type != byte[].class && type != char[].class
                && !InputStream.class.isAssignableFrom(type) && !Reader.class.isAssignableFrom(type)
                && !JsonValue.class.isAssignableFrom(type) && !type.getName().startsWith("jakarta.activation.")
                && !MultivaluedMap.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        Object body = StrictJson.read(entityStream, genericType == null ? type : genericType);
        if (body != null) {
            RequestBodies.valid(body);
        }
        return body;
    }
}
