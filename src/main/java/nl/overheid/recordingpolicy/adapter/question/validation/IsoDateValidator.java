package nl.overheid.recordingpolicy.adapter.question.validation;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import nl.overheid.recordingpolicy.domain.calendar.SupportedDates;

public class IsoDateValidator implements ConstraintValidator<IsoDate, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<LocalDate> date = SupportedDates.parse(value);
        if (date.isEmpty()) {
            return false;
        }
        if (!SupportedDates.supports(date.get())) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{gateway.isoDate.range}").addConstraintViolation();
            return false;
        }
        return true;
    }
}
