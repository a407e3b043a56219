package nl.overheid.recordingpolicy.application.idempotency;

import java.util.Objects;
import java.util.Optional;

/**
 * A request's content in canonical form, for {@link Idempotency#once}: the parsed values a use case acts on, in a
 * fixed order, each length-prefixed so that no value can run into the next. Two requests that mean the same (the
 * alias MUNICIPALITY and the code GM0000, a field left out and the same field sent empty) have the same
 * fingerprint; a field's name, its order on the wire or a record's {@code toString()} play no part.
 */
public final class Fingerprint {

    private final StringBuilder text = new StringBuilder(128);

    private Fingerprint(String operation) {
        add(operation);
    }

    /** A fingerprint for one kind of request; the operation keeps equal values of different requests apart. */
    public static Fingerprint of(String operation) {
        return new Fingerprint(Objects.requireNonNull(operation, "operation"));
    }

    public Fingerprint add(Object value) {
        String part = String.valueOf(Objects.requireNonNull(value, "value"));
        text.append(part.length()).append(':').append(part).append(';');
        return this;
    }

    /** An absent value counts as "-", which no present value's length-prefixed form can equal. */
    public Fingerprint add(Optional<?> value) {
        if (value.isEmpty()) {
            text.append('-').append(';');
            return this;
        }
        return add(value.get());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
