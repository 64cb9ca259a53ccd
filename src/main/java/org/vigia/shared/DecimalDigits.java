package org.vigia.shared;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number with at most {@code integer} digits before the decimal point and {@code fraction} after it, those of its
 * {@code DECIMAL(p, s)} column ({@link Digits}); a finer value is refused, never rounded. Not for parameters, like
 * {@link MaxLength}.
 * <pre>{@code
 * public record LabResultBody(@DecimalDigits(integer = 12, fraction = 6) BigDecimal value, ...) { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = {})
@Digits(integer = 0, fraction = 0)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DecimalDigits {

    @OverridesAttribute(constraint = Digits.class, name = "integer")
    int integer();

    @OverridesAttribute(constraint = Digits.class, name = "fraction")
    int fraction();

    String message() default "{jakarta.validation.constraints.Digits.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
