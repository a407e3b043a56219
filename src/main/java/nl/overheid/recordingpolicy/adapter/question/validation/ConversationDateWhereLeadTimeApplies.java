package nl.overheid.recordingpolicy.adapter.question.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On a request carrying authority, medium and conversationDate: the conversation date may be left out only
 * where no lead time applies (the policy decides where one does). The violation is reported on
 * {@code conversationDate}.
 */
@Documented
@Constraint(validatedBy = ConversationDateWhereLeadTimeAppliesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConversationDateWhereLeadTimeApplies {

    String message() default "{gateway.conversationDateWhereLeadTimeApplies}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
