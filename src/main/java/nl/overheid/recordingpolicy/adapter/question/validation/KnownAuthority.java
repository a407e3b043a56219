package nl.overheid.recordingpolicy.adapter.question.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The text names an authority whose policy is loaded: {@code UWV}, a loaded municipality's CBS code, or the alias
 * {@code MUNICIPALITY}. Validated by {@link KnownAuthorityValidator}, which {@link PolicyAwareValidators} gives the
 * loaded policies.
 */
@Documented
@Constraint(validatedBy = KnownAuthorityValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownAuthority {

    String message() default "{gateway.knownAuthority}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
