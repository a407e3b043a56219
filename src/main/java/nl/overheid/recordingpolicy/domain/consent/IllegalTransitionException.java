package nl.overheid.recordingpolicy.domain.consent;

import java.util.Objects;

/**
 * A status change the lifecycle does not allow, e.g. deciding a request that was withdrawn. {@link #current()} is
 * the <em>effective</em> status: a recording request still SUBMITTED after its conversation reports EXPIRED, which
 * is why it can no longer be decided.
 */
public final class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ConsentStatus current;
    private final Transition attempted;

    public IllegalTransitionException(ConsentStatus current, Transition attempted, String message) {
        super(message);
        this.current = Objects.requireNonNull(current, "current");
        this.attempted = Objects.requireNonNull(attempted, "attempted");
    }

    public ConsentStatus current() {
        return current;
    }

    public Transition attempted() {
        return attempted;
    }
}
