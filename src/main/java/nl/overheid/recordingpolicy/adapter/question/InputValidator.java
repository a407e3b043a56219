package nl.overheid.recordingpolicy.adapter.question;

import java.lang.annotation.ElementType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import nl.overheid.recordingpolicy.adapter.question.validation.PolicyAwareValidators;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.failure.InvalidParam;
import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;

/**
 * Runs Bean Validation on a request and turns every violation into an {@link InvalidParam} named by field. The reasons
 * come from the catalogue ValidationMessages*.properties, always in English, the language of the answers.
 */
@ApplicationScoped
public class InputValidator {

    private Validator validator;

    protected InputValidator() {
        // for CDI proxies
    }

    /**
     * One validator for the life of the application, made from the server's factory (so its message interpolation
     * and constraint validators are the server's), but with a traversable resolver that reaches every property.
     * The default one in a deployment with JPA asks every persistence provider, for every constrained property of
     * every request, whether that property is loaded; the inputs validated here are plain records, never entities.
     * The validator the server injects would also be looked up through a CDI proxy on each call.
     */
    @Inject
    public InputValidator(ValidatorFactory factory, PolicySet policies) {
        this.validator = factory.usingContext()
                .traversableResolver(new EveryPropertyReachable())
                .messageInterpolator(new InEnglish(factory.getMessageInterpolator()))
                .constraintValidatorFactory(new PolicyAwareValidators(factory.getConstraintValidatorFactory(), policies))
                .getValidator();
    }

    public <T> T valid(T input) {
        if (input == null) {
            throw InvalidInputException.of("body", FieldReason.REQUIRED);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            List<InvalidParam> params = violations.stream()
                    .map(violation -> new InvalidParam(fieldName(violation.getPropertyPath()), violation.getMessage()))
                    .distinct()
                    .toList();
            throw new InvalidInputException(params);
        }
        return input;
    }

    /** The last node of the path is the field: the request objects are flat, like the contracts. */
    private static String fieldName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? "body" : name;
    }

    /**
     * The catalogue's English texts, whatever the server's default locale. Hibernate Validator interpolates in the
     * default locale, and a resource bundle asked for {@code en} falls back to the default locale's bundle when there
     * is no {@code _en} file: on a Dutch machine the answers would turn Dutch. The root locale finds the base bundle,
     * which is English, and never falls back.
     */
    static final class InEnglish implements MessageInterpolator {

        private final MessageInterpolator delegate;

        InEnglish(MessageInterpolator delegate) {
            this.delegate = delegate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return delegate.interpolate(messageTemplate, context, Locale.ROOT);
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return delegate.interpolate(messageTemplate, context, Locale.ROOT);
        }
    }

    /** Request inputs are plain values: every property can be reached and cascaded into. */
    static final class EveryPropertyReachable implements TraversableResolver {

        @Override
        public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                   Path pathToTraversableObject, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                    Path pathToTraversableObject, ElementType elementType) {
            return true;
        }
    }
}
