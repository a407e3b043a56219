package nl.overheid.recordingpolicy.adapter.question.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class DateTimeWithOffsetValidator implements ConstraintValidator<DateTimeWithOffset, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || DateTimesWithOffset.parse(value).isPresent();
    }
}
