package nl.overheid.recordingpolicy.adapter.question.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Text that is a whole number between {@link #min()} and {@link #max()}, e.g. a page number from a query string. */
@Documented
@Constraint(validatedBy = WholeNumberValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface WholeNumber {

    int min();

    int max();

    String message() default "{gateway.wholeNumber}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
