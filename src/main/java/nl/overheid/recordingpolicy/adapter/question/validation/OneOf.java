package nl.overheid.recordingpolicy.adapter.question.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The text is exactly the name of one constant of {@link #value()} (case-sensitive, as in the contracts). */
@Documented
@Constraint(validatedBy = OneOfValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "{gateway.oneOf.listed}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
