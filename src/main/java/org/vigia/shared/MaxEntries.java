package org.vigia.shared;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A list, set or map of at most {@code value} entries; null is valid. Not for parameters, like {@link MaxLength}. */
@Documented
@Constraint(validatedBy = {})
@Size
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxEntries {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int value();

    String message() default "{vigia.size.entries}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
