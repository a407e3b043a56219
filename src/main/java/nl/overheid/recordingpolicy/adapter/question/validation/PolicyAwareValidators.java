package nl.overheid.recordingpolicy.adapter.question.validation;

import java.util.Objects;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;

import nl.overheid.recordingpolicy.domain.policy.PolicySet;

/**
 * Makes the validators that need the loaded policies (which authorities exist, where a lead time applies) with
 * them; every other validator comes from the server's factory as before.
 */
public final class PolicyAwareValidators implements ConstraintValidatorFactory {

    private final ConstraintValidatorFactory delegate;
    private final PolicySet policies;

    public PolicyAwareValidators(ConstraintValidatorFactory delegate, PolicySet policies) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
        if (key == KnownAuthorityValidator.class) {
            return key.cast(new KnownAuthorityValidator(policies));
        }
        if (key == ConversationDateWhereLeadTimeAppliesValidator.class) {
            return key.cast(new ConversationDateWhereLeadTimeAppliesValidator(policies));
        }
        return delegate.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
        if (!(instance instanceof KnownAuthorityValidator) && !(instance instanceof ConversationDateWhereLeadTimeAppliesValidator)) {
            delegate.releaseInstance(instance);
        }
    }
}
