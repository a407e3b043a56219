package nl.overheid.recordingpolicy.adapter.question.validation;

import java.util.Arrays;
import java.util.Objects;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.Medium;

public class ConversationDateWhereLeadTimeAppliesValidator
        implements ConstraintValidator<ConversationDateWhereLeadTimeApplies, LeadTimeQuestion> {

    private final PolicySet policies;

    public ConversationDateWhereLeadTimeAppliesValidator(PolicySet policies) {
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    @Override
    public boolean isValid(LeadTimeQuestion question, ConstraintValidatorContext context) {
        if (question == null || question.conversationDate() != null) {
            return true;
        }
        Authority authority = policies.authority(question.authority()).orElse(null);
        Medium medium = constant(Medium.values(), question.medium());
        if (authority == null || medium == null || !policies.leadTimes().appliesTo(authority, medium)) {
            return true; // an invalid authority or medium is reported on its own field
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate()
                        + " (" + medium + " {gateway.at} " + authority + ")")
                .addPropertyNode("conversationDate")
                .addConstraintViolation();
        return false;
    }

    private static <E extends Enum<E>> E constant(E[] values, String name) {
        return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst().orElse(null);
    }
}
