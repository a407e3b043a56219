package nl.overheid.recordingpolicy.application.audit;

import java.util.Objects;

/** Who asked, and in which trace: what adapters know of a call and the decision log records. */
public record CallContext(String caller, TraceContext trace) {

    public CallContext {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(trace, "trace");
    }

    /** The gateway acting on its own, e.g. the scheduled expiry of consent requests. */
    public static CallContext system(String task) {
        return new CallContext("system:" + task, TraceContext.newTrace());
    }
}
