package nl.overheid.recordingpolicy.adapter.question.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A calendar date written yyyy-MM-dd (xs:date without time zone, OpenAPI {@code format: date}) within the years
 * the working-day calendar is valid for, see {@link SupportedDates}.
 */
@Documented
@Constraint(validatedBy = IsoDateValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoDate {

    String message() default "{gateway.isoDate}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
