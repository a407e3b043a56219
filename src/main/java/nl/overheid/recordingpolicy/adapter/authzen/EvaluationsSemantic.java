package nl.overheid.recordingpolicy.adapter.authzen;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code options.evaluations_semantic} of a batch: evaluate all, or stop at the first deny (an error counts as a
 * deny, the spec's {@code &&}), or at the first permit (its {@code ||}). Evaluations run in request order.
 */
enum EvaluationsSemantic {
    EXECUTE_ALL,
    DENY_ON_FIRST_DENY,
    PERMIT_ON_FIRST_PERMIT;

    /** The value as the spec spells it: {@code deny_on_first_deny}. */
    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<EvaluationsSemantic> of(String value) {
        return Arrays.stream(values()).filter(semantic -> semantic.value().equals(value)).findFirst();
    }

    /** Whether no evaluation after one answered {@code decision} is to be made. */
    boolean stopsAfter(boolean decision) {
        return switch (this) {
            case EXECUTE_ALL -> false;
            case DENY_ON_FIRST_DENY -> !decision;
            case PERMIT_ON_FIRST_PERMIT -> decision;
        };
    }
}
