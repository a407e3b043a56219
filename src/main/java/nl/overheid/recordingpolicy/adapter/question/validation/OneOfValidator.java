package nl.overheid.recordingpolicy.adapter.question.validation;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private Set<String> names;
    private String message;

    @Override
    public void initialize(OneOf annotation) {
        Enum<?>[] constants = annotation.value().getEnumConstants();
        names = Arrays.stream(constants).map(Enum::name).collect(Collectors.toUnmodifiableSet());
        message = "{gateway.oneOf} " + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || names.contains(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
