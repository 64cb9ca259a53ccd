package org.vigia.platform.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/**
 * Numeric path and query parameters ({@code /users/abc}, {@code ?first=abc}) that are not numbers answer 400 naming
 * the parameter, where JAX-RS would answer 404 (path and query parameters that fail conversion are "not found").
 * Covers {@code Long}, {@code Integer}, {@code BigDecimal} and {@code long}/{@code int} parameters that have a
 * {@code @DefaultValue} (a primitive without one keeps the container's handling of an absent value).
 */
@Provider
public class NumberParamConverters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
            Long.class, Long::valueOf, long.class, Long::valueOf,
            Integer.class, Integer::valueOf, int.class, Integer::valueOf,
            BigDecimal.class, BigDecimal::new);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> parser = PARSERS.get(rawType);
        String name = null;
        boolean hasDefault = false;
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                name = p.value();
            } else if (a instanceof QueryParam q) {
                name = q.value();
            } else if (a instanceof DefaultValue) {
                hasDefault = true;
            }
        }
        if (parser == null || name == null || rawType.isPrimitive() && !hasDefault) {
            return null;
        }
        String parameter = name;
        return (ParamConverter<T>) new ParamConverter<Object>() {
            @Override
            public Object fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parser.apply(value);
                } catch (NumberFormatException e) {
                    String message = "Parameter '" + parameter + "' must be a " + (rawType == BigDecimal.class ? "number" : "whole number")
                            + "; '" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "' is not.";
                    throw new BadRequestException(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(new ApiError("invalid_input", message, Map.of(parameter, message))).build());
                }
            }

            @Override
            public String toString(Object value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
