package nl.overheid.recordingpolicy.application.audit;

import java.util.Objects;

/** Who asked, and in which trace: what adapters know of a call and the decision log records. */
public record CallContext(String caller, TraceContext trace) {

    /** The decision log's caller column; the caller text holds a User-Agent header, which any client may make long. */
    public static final int MAX_CALLER_LENGTH = 500;

    public CallContext {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(trace, "trace");
        if (caller.length() > MAX_CALLER_LENGTH) {
            caller = caller.substring(0, MAX_CALLER_LENGTH);
        }
    }

    /** The gateway acting on its own, e.g. the scheduled expiry of consent requests. */
    public static CallContext system(String task) {
        return new CallContext("system:" + task, TraceContext.newTrace());
    }
}
