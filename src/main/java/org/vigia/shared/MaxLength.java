package org.vigia.shared;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text of at most {@code value} characters ({@link Size} with a maximum only); null is valid. Unlike {@code @Size}
 * it cannot target parameters, so on a record component it lands on the field and the accessor but not on the
 * constructor parameter, where Payara 6.2025's OpenAPI generator fails on validation annotations (payara/Payara#7649).
 * <pre>{@code
 * public record AdverseEventBody(@MaxLength(TextLimits.AE_VERBATIM) String verbatim, ...) { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = {})
@Size
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxLength {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int value();

    String message() default "{jakarta.validation.constraints.Size.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
