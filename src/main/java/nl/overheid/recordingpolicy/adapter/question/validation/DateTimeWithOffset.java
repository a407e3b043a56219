package nl.overheid.recordingpolicy.adapter.question.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** An RFC 3339 date-time with an offset, as both contracts describe a moment such as contactedAt. */
@Documented
@Constraint(validatedBy = DateTimeWithOffsetValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface DateTimeWithOffset {

    String message() default "{gateway.dateTimeWithOffset}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
