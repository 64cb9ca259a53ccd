package org.vigia.shared.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stores a {@link Text} in one column and reads it back, so that a stored text (a screen-failure reason, a
 * notification) is shown in each reader's language. The stored form is a small JSON object
 * {@code {"b":"SUBJECT","k":"eligibility.failed","a":["IN03",{"b":...}]}}: arguments are kept as their
 * locale-neutral strings, a nested text or an enum with a label as a nested text, a collection as
 * an array. A column that holds a sentence
 * written before texts were stored this way reads back as a {@link Text#plain(String) plain} text.
 * <pre>{@code
 * subject.setScreenFailureReason(reason.encode());
 * Text reason = TextCodec.decode(subject.getScreenFailureReason());
 * }</pre>
 */
public final class TextCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TextCodec() {
    }

    public static String encode(Text text) {
        return toJson(text).toString();
    }

    public static Text decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        if (!stored.startsWith("{\"b\"")) {
            return Text.plain(stored);
        }
        try {
            return fromJson(JSON.readTree(stored));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Text.plain(stored);
        }
    }

    private static ObjectNode toJson(Text text) {
        ObjectNode node = JSON.createObjectNode();
        node.put("b", text.isPlain() ? "" : text.bundle().name());
        node.put("k", text.key());
        ArrayNode args = node.putArray("a");
        for (Object arg : text.args()) {
            add(args, text, arg);
        }
        return node;
    }

    private static void add(ArrayNode args, Text owner, Object arg) {
        if (arg instanceof Text nested) {
            args.add(toJson(nested));
        } else if (arg instanceof Enum<?> e && !owner.isPlain()
                && Texts.find(owner.bundle(), Locale.ENGLISH, Texts.enumKey(e)).isPresent()) {
            args.add(toJson(Text.of(owner.bundle(), Texts.enumKey(e))));
        } else if (arg instanceof java.util.Collection<?> list) {
            ArrayNode elements = args.addArray();
            list.forEach(element -> add(elements, owner, element));
        } else {
            args.add(Texts.neutral(arg));
        }
    }

    private static Object argument(JsonNode a) {
        if (a.isObject()) {
            return fromJson(a);
        }
        if (a.isArray()) {
            List<Object> list = new ArrayList<>();
            a.forEach(element -> list.add(argument(element)));
            return list;
        }
        return a.asText();
    }

    private static Text fromJson(JsonNode node) {
        String bundle = node.path("b").asText("");
        List<Object> args = new ArrayList<>();
        for (JsonNode a : node.path("a")) {
            args.add(argument(a));
        }
        String key = node.path("k").asText();
        return bundle.isEmpty() ? Text.plain(key) : new Text(Bundle.valueOf(bundle), key, args);
    }
}
