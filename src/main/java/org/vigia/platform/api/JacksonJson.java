package org.vigia.platform.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * JSON through Jackson for responses whose types carry Jackson annotations (the study-definition records);
 * other responses are written by the container's JSON-B. Request bodies are read by {@link StrictJsonBodyReader}.
 */
public final class JacksonJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private JacksonJson() {
    }

    public static Response ok(Object body) {
        try {
            return Response.ok(MAPPER.writeValueAsString(body), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
