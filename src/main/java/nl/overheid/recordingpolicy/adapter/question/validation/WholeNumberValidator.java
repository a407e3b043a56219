package nl.overheid.recordingpolicy.adapter.question.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class WholeNumberValidator implements ConstraintValidator<WholeNumber, String> {

    private int min;
    private int max;

    @Override
    public void initialize(WholeNumber annotation) {
        min = annotation.min();
        max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!value.matches("[0-9]{1,9}")) {
            return false;
        }
        int number = Integer.parseInt(value);
        return number >= min && number <= max;
    }
}
