package nl.overheid.recordingpolicy.adapter.question.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** {@code true} or {@code false}; xs:boolean also allows {@code 1} and {@code 0}, so those are accepted too. */
@Documented
@Constraint(validatedBy = BooleanTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface BooleanText {

    String message() default "{gateway.booleanText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
