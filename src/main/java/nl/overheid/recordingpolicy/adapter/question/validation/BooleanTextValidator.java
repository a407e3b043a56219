package nl.overheid.recordingpolicy.adapter.question.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class BooleanTextValidator implements ConstraintValidator<BooleanText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || BooleanTexts.parse(value) != null;
    }
}
