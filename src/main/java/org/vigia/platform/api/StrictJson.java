package org.vigia.platform.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Reads JSON request bodies strictly: a value of the wrong JSON type is refused, never coerced. {@code "yes"} or
 * {@code 1} is not a boolean, {@code 2.5} or {@code "3"} is not a whole number, {@code 12} is not a text, an enum
 * takes exactly one of its names, a date is an ISO 8601 string, a whole number out of its Java range is refused,
 * a property the request type does not have is refused, duplicate properties and trailing content are refused.
 * Every refusal is an {@link InvalidInput} naming the field by its JSON path ({@code attributions[0].causality}),
 * with the allowed values for an enum.
 * <p>
 * Values typed {@code Object} (form maps) are read with numbers as {@link BigDecimal}, objects as ordered maps,
 * arrays as lists.
 * <pre>{@code
 * AdverseEventBody body = StrictJson.read(in, AdverseEventBody.class);
 * }</pre>
 */
public final class StrictJson {

    /** Longest echo of a refused value in a message. */
    private static final int ECHO = 60;

    public static final ObjectMapper MAPPER = create();

    private StrictJson() {
    }

    static ObjectMapper create() {
        SimpleModule strict = new SimpleModule("vigia-strict")
                .addDeserializer(LocalDate.class, new IsoDate())
                .addDeserializer(Instant.class, new IsoInstant())
                .addDeserializer(Object.class, new Untyped());
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(strict)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                        DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert);
        return mapper;
    }

    /** Reads {@code type} from {@code in}; null for an empty body or a JSON {@code null}. */
    public static Object read(InputStream in, Type type) {
        try {
            JavaType javaType = MAPPER.getTypeFactory().constructType(type);
            JsonParser parser = MAPPER.createParser(in);
            if (parser.nextToken() == null) {
                return null;
            }
            return MAPPER.readerFor(javaType).readValue(parser);
        } catch (IOException e) {
            throw refusal(e);
        }
    }

    /** Reads {@code type} from a request body given as text; a blank text is refused. */
    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput(Text.of(Bundle.MESSAGES, "api.bodyRequired"));
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw new InvalidInput(Text.of(Bundle.MESSAGES, "api.bodyRequired"));
            }
            return value;
        } catch (IOException e) {
            throw refusal(e);
        }
    }

    /** The refusal for a failed read: the field's JSON path and what was wrong with it. */
    static InvalidInput refusal(IOException e) {
        if (!(e instanceof JsonMappingException m)) {
            String detail = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            Object where = e instanceof JsonProcessingException p && p.getLocation() != null ? Text.of(Bundle.MESSAGES,
                    "json.where", p.getLocation().getLineNr(), p.getLocation().getColumnNr()) : "";
            return new InvalidJson(Text.of(Bundle.MESSAGES, "json.invalid", firstLine(detail), where));
        }
        String path = path(m);
        Text problem = problem(m);
        if (path.isEmpty()) {
            return new InvalidInput(Text.of(Bundle.MESSAGES, "json.body", problem));
        }
        return new InvalidInput(path, Text.of(Bundle.MESSAGES, "error.field", path, problem));
    }

    static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** What is wrong with the value, continuing "'path' …" or "The request body …". */
    private static Text problem(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds();
            return Text.of(Bundle.MESSAGES, "json.notProperty",
                    new TreeSet<>(known.stream().map(String::valueOf).toList()).toString());
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null && v.getCause().getMessage() != null) {
            return Text.of(Bundle.MESSAGES, "json.notValid", firstLine(v.getCause().getMessage()));
        }
        Class<?> target = e instanceof MismatchedInputException mi ? mi.getTargetType() : null;
        Object got = e instanceof InvalidFormatException f
                ? Text.of(Bundle.MESSAGES, "json.got", echo(f.getValue())) : "";
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.contains("out of range of")) {
            return Text.of(Bundle.MESSAGES, "json.outOfRange",
                    firstLine(original.substring(0, original.indexOf(')') + 1)));
        }
        if (target == null) {
            return Text.of(Bundle.MESSAGES, "json.notValid", firstLine(original));
        }
        if (target.isEnum()) {
            return Text.of(Bundle.MESSAGES, "json.oneOf", Arrays.stream(target.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")), got);
        }
        if (target == Boolean.class || target == boolean.class) {
            return Text.of(Bundle.MESSAGES, "json.boolean", got);
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class || target == BigInteger.class) {
            return Text.of(Bundle.MESSAGES, "json.wholeNumber", got);
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return Text.of(Bundle.MESSAGES, "json.number", got);
        }
        if (target == String.class) {
            return Text.of(Bundle.MESSAGES, "json.text", got);
        }
        if (target == LocalDate.class) {
            return Text.of(Bundle.MESSAGES, "json.date", got);
        }
        if (target == Instant.class) {
            return Text.of(Bundle.MESSAGES, "json.instant", got);
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return Text.of(Bundle.MESSAGES, "json.array", got);
        }
        return Text.of(Bundle.MESSAGES, "json.object", got);
    }

    private static String echo(Object value) {
        if (value == null) {
            return "null";
        }
        String s = value instanceof String t ? "\"" + t + "\"" : String.valueOf(value);
        return s.length() > ECHO ? s.substring(0, ECHO) + "…" : s;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A date only from ISO 8601 text (YYYY-MM-DD); no arrays or epoch days. */
    static final class IsoDate extends StdDeserializer<LocalDate> {
        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText().trim();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(p, "not a date", text, LocalDate.class);
            }
        }
    }

    /** An instant only from ISO 8601 text with an offset ({@code Z} or {@code +08:00}); no epoch numbers. */
    static final class IsoInstant extends StdDeserializer<Instant> {
        IsoInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText().trim();
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(p, "not an instant", text, Instant.class);
            }
        }
    }

    /** Untyped values as JSON-B gives them: numbers as BigDecimal, objects as ordered maps, arrays as lists. */
    static final class Untyped extends StdDeserializer<Object> {
        Untyped() {
            super(Object.class);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return plain(ctxt.readTree(p));
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            return null;
        }

        private static Object plain(JsonNode n) {
            if (n == null || n.isNull() || n.isMissingNode()) {
                return null;
            }
            if (n.isObject()) {
                Map<String, Object> map = new LinkedHashMap<>();
                n.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
                return map;
            }
            if (n.isArray()) {
                List<Object> list = new ArrayList<>();
                n.forEach(v -> list.add(plain(v)));
                return list;
            }
            if (n.isNumber()) {
                return n.decimalValue();
            }
            if (n.isBoolean()) {
                return n.booleanValue();
            }
            return n.asText();
        }
    }
}
