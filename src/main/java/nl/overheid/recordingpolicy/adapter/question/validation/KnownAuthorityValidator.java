package nl.overheid.recordingpolicy.adapter.question.validation;

import java.util.Objects;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import nl.overheid.recordingpolicy.domain.policy.PolicySet;

public class KnownAuthorityValidator implements ConstraintValidator<KnownAuthority, String> {

    private final PolicySet policies;
    private final String message;

    public KnownAuthorityValidator(PolicySet policies) {
        this.policies = Objects.requireNonNull(policies, "policies");
        // the names are literal text to the interpolator: an expression or parameter in one is never evaluated
        this.message = "{gateway.oneOf} "
                + String.join(", ", policies.acceptedNames()).replace("{", "\\{").replace("$", "\\$");
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || policies.authority(value).isPresent()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
