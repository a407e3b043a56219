package nl.overheid.recordingpolicy.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Reason} with the values its text takes, as written in every language (codes, ISO dates, references); the
 * words around them are the catalogue's.
 */
public record Refusal(Reason reason, List<String> values) {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        values = List.copyOf(values);
        if (values.size() != reason.parameters().size()) {
            throw new IllegalArgumentException(reason + " takes " + reason.parameters() + ", given " + values);
        }
    }

    /** Each value as its {@code toString()}, as it read when the text was written in the code. */
    public static Refusal of(Reason reason, Object... values) {
        return new Refusal(reason, Arrays.stream(values).map(String::valueOf).toList());
    }

    /** The key and the values, for logs: the words are looked up where an answer is made. */
    @Override
    public String toString() {
        return values.isEmpty() ? reason.key() : reason.key() + " " + values;
    }
}
