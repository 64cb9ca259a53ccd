package org.vigia.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Finds, in an exception and its causes, a refusal of input and gives it as one {@link InvalidInput} naming the
 * fields: an {@code InvalidInput} itself (possibly wrapped by the EJB container or a rollback), a Bean Validation
 * failure (of a request body, a form, or an entity at flush or commit, with the field's path such as
 * {@code attributions[0].agentId}), and, as the last guard, a value MariaDB refuses: "Data too long for column"
 * (SQLSTATE 22001, error 1406), "Out of range value for column" (22003, error 1264), "Incorrect ... value" (1366),
 * named by the column in camel case. The API answers 400 with it and the screens show it at the field; never a 500.
 * <pre>{@code
 * InputRefusals.of(exception).ifPresent(e -> showAtFields(e.fieldErrors()));
 * }</pre>
 */
public final class InputRefusals {

    /** The column of a MariaDB data error, the last name of {@code 'x'} or {@code `db`.`table`.`x`}. */
    private static final Pattern COLUMN = Pattern.compile("column [`']?(?:[A-Za-z0-9_]+[`']?\\.[`']?)*([A-Za-z0-9_]+)");

    private InputRefusals() {
    }

    /** The refusal of input somewhere in {@code thrown} and its causes, if there is one. */
    public static Optional<InvalidInput> of(Throwable thrown) {
        return of(thrown, Locale.ENGLISH);
    }

    /**
     * The same, with the messages of Bean Validation ({@code ValidationMessages*.properties}) in {@code locale}
     * (a screen's language); Vigia's own texts are rendered later by the caller.
     */
    public static Optional<InvalidInput> of(Throwable thrown, Locale locale) {
        for (Throwable c = thrown; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof InvalidInput e) {
                return Optional.of(e);
            }
            if (c instanceof ConstraintViolationException e) {
                return Optional.of(of(e, locale));
            }
            if (c instanceof SQLException sql) {
                Optional<InvalidInput> found = of(sql);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** One message per field ({@code 'verbatim' size must be ...}), fields in alphabetical order. */
    public static InvalidInput of(ConstraintViolationException e) {
        return of(e, Locale.ENGLISH);
    }

    /** The same, the constraints' messages in {@code locale}. */
    public static InvalidInput of(ConstraintViolationException e, Locale locale) {
        Map<String, Text> fields = new TreeMap<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String field = field(v.getPropertyPath());
            fields.merge(field, Text.of(Bundle.MESSAGES, "error.field", field, Text.plain(message(v, locale))), (a, b) -> a);
        }
        if (fields.isEmpty()) {
            return new InvalidInput(e.getMessage());
        }
        Text message = fields.size() == 1 ? fields.values().iterator().next()
                : Text.of(Bundle.MESSAGES, "error.fields", fields.size(), List.copyOf(fields.values()));
        return new InvalidInput(message, fields);
    }

    /** The violation's message; in another language than English interpolated again in {@code locale}. */
    static String message(ConstraintViolation<?> v, Locale locale) {
        if (locale == null || Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) || v.getConstraintDescriptor() == null) {
            return v.getMessage();
        }
        try {
            return Interpolator.INSTANCE.interpolate(v.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return v.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return v.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new ValidationException("Cannot unwrap to " + type);
                }
            }, locale);
        } catch (RuntimeException e) {
            return v.getMessage();
        }
    }

    /** The message interpolator of the default validator factory, made when first needed. */
    private static final class Interpolator {
        static final MessageInterpolator INSTANCE = Validation.buildDefaultValidatorFactory().getMessageInterpolator();
    }

    /** The JSON path of a violated property: {@code attributions[0].agentId}, without method and parameter names. */
    public static String field(Path path) {
        StringBuilder b = new StringBuilder();
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.PROPERTY || n.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (n.getName() != null && !n.getName().startsWith("<")) {
                    b.append(b.length() == 0 ? "" : ".").append(n.getName());
                }
            }
            if (n.getIndex() != null) {
                b.append('[').append(n.getIndex()).append(']');
            } else if (n.getKey() != null) {
                b.append('[').append(n.getKey()).append(']');
            }
        }
        return b.toString();
    }

    static Optional<InvalidInput> of(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        String message = e.getMessage() == null ? "" : e.getMessage();
        Text kind;
        if ("22001".equals(state) || code == 1406 || message.contains("Data too long")) {
            kind = Text.of(Bundle.MESSAGES, "error.db.tooLong");
        } else if ("22003".equals(state) || code == 1264 || message.contains("Out of range value")) {
            kind = Text.of(Bundle.MESSAGES, "error.db.outOfRange");
        } else if (code == 1366 || message.contains("Incorrect decimal value") || message.contains("Incorrect integer value")) {
            kind = Text.of(Bundle.MESSAGES, "error.db.notStorable");
        } else {
            return Optional.empty();
        }
        Matcher m = COLUMN.matcher(message);
        if (!m.find()) {
            return Optional.of(new InvalidInput(Text.of(Bundle.MESSAGES, "error.db.value", kind)));
        }
        String field = camel(m.group(1));
        return Optional.of(new InvalidInput(field, Text.of(Bundle.MESSAGES, "error.field", field, kind)));
    }

    static String camel(String column) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.toString();
    }
}
