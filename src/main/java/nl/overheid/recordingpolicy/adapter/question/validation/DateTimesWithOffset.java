package nl.overheid.recordingpolicy.adapter.question.validation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** RFC 3339 date-times with an offset ({@link OffsetDateTime}'s ISO form). */
public final class DateTimesWithOffset {

    private DateTimesWithOffset() {
    }

    /** Empty when the text is not a date-time with an offset. */
    public static Optional<OffsetDateTime> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
