package nl.overheid.recordingpolicy.application.audit;

import java.util.Objects;

import nl.overheid.recordingpolicy.application.security.Caller;

/**
 * Who asked, and in which trace: what adapters know of a call and the decision log records.
 *
 * @param caller   the decision log's description of the caller (protocol, identity, address, user agent)
 * @param identity the authenticated caller the access rules judge
 */
public record CallContext(String caller, TraceContext trace, Caller identity) {

    public CallContext {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(identity, "identity");
    }

    /** The gateway acting on its own, e.g. the scheduled expiry of consent requests. */
    public static CallContext system(String task) {
        return new CallContext("system:" + task, TraceContext.newTrace(), Caller.anonymous());
    }
}
