package org.vigia.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One licensed wording file of a questionnaire in one language, as an administrator puts it in the wording directory
 * ({@code EORTC_QLQ_C30_en.properties}): UTF-8, one question a line {@code <item number>=<question text>}, every item
 * number of the questionnaire exactly once, optionally {@code title=...} and {@code instructions=...}; blank lines and
 * lines starting with {@code #} or {@code !} are comments. No escapes and no continuation lines: the text is what follows
 * the first {@code =}, without the surrounding spaces. A file that breaks any of this is refused whole
 * ({@link Invalid}, naming the file and the line), so that a questionnaire is never shown half in licensed wording.
 *
 * @param instrument   the questionnaire
 * @param title        the {@code title} line's text, or null
 * @param instructions the {@code instructions} line's text, or null
 * @param questions    the question text by item number (every number of the questionnaire)
 */
public record WordingFile(Instrument instrument, String title, String instructions, Map<Integer, String> questions) {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}");

    public WordingFile {
        questions = Collections.unmodifiableMap(new TreeMap<>(questions));
    }

    /** The text of item {@code number}. */
    public String question(int number) {
        return questions.get(number);
    }

    /** A wording file that cannot be used: {@link #getMessage()} names the file and, where there is one, the line. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /**
     * Reads a wording file of {@code instrument}.
     *
     * @param name the file's name, for the messages
     * @throws Invalid the file is not UTF-8, has a bad line, an unknown, repeated or missing item number
     */
    public static WordingFile read(Instrument instrument, String name, InputStream in) throws IOException, Invalid {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new Invalid(name + ": not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String title = null;
        String instructions = null;
        Map<Integer, String> questions = new TreeMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l].strip();
            String at = name + " line " + (l + 1) + ": ";
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new Invalid(at + "expected <item number>=<question text>, title=... or instructions=...");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (value.isEmpty()) {
                throw new Invalid(at + "'" + key + "' has no text");
            }
            if (key.equals("title")) {
                if (title != null) {
                    throw new Invalid(at + "a second title");
                }
                title = value;
            } else if (key.equals("instructions")) {
                if (instructions != null) {
                    throw new Invalid(at + "a second instructions line");
                }
                instructions = value;
            } else if (NUMBER.matcher(key).matches()) {
                int n = Integer.parseInt(key);
                if (instrument.item(n).isEmpty()) {
                    throw new Invalid(at + "unknown item number " + n + " (" + instrument.name() + " has items 1-"
                            + instrument.items().size() + ")");
                }
                if (questions.putIfAbsent(n, value) != null) {
                    throw new Invalid(at + "item " + n + " a second time");
                }
            } else {
                throw new Invalid(at + "unknown key '" + key + "' (expected an item number, title or instructions)");
            }
        }
        List<Integer> missing = new ArrayList<>();
        instrument.items().forEach(i -> {
            if (!questions.containsKey(i.number())) {
                missing.add(i.number());
            }
        });
        if (!missing.isEmpty()) {
            throw new Invalid(name + ": missing item" + (missing.size() == 1 ? " " : "s ") + ranges(missing));
        }
        return new WordingFile(instrument, title, instructions, questions);
    }

    /** {@code 3, 7-9} for 3, 7, 8, 9. */
    private static String ranges(List<Integer> numbers) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            int from = numbers.get(i);
            int to = from;
            while (i + 1 < numbers.size() && numbers.get(i + 1) == to + 1) {
                to = numbers.get(++i);
            }
            out.append(out.length() == 0 ? "" : ", ").append(from == to ? String.valueOf(from) : from + "-" + to);
        }
        return out.toString();
    }
}
