package nl.overheid.recordingpolicy.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/** Runs Bean Validation on a request and turns every violation into an {@link InvalidParam} named by field. */
@ApplicationScoped
public class InputValidator {

    private Validator validator;

    protected InputValidator() {
        // for CDI proxies
    }

    @Inject
    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T valid(T input) {
        if (input == null) {
            throw InvalidInputException.of("body", "is required");
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
}
