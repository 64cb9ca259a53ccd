package org.vigia.platform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The API's JSON is Jackson, and only Jackson: request bodies are read by {@link StrictJson} (through
 * {@link StrictJsonBodyReader}), responses written by {@link JacksonBodyWriter} with {@link #RESPONSES}, study
 * definitions read from YAML by Jackson's YAML module. The container's JSON-B is not used.
 * <ul>
 *   <li>{@link #RESPONSES}: what a resource returns; properties that are null are left out (as JSON-B did before),
 *       dates and instants as ISO 8601 text, durations as ISO 8601 ({@code PT1H}).</li>
 *   <li>{@link #MAPPER} through {@link #ok}: the same, but null properties are written as {@code null} — for the
 *       answers whose clients read every property (RECIST, dose decisions, survival events, study details).</li>
 * </ul>
 * <pre>{@code
 * return JacksonJson.ok(new RecistCalculator().evaluate(input));   // nulls kept
 * return LabResultJson.of(r);                                      // nulls left out, by JacksonBodyWriter
 * }</pre>
 */
public final class JacksonJson {

    public static final ObjectMapper MAPPER = builder().build();

    public static final ObjectMapper RESPONSES = builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private JacksonJson() {
    }

    private static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS,
                        SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
    }

    public static Response ok(Object body) {
        try {
            return Response.ok(MAPPER.writeValueAsString(body), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
