package nl.overheid.recordingpolicy.application.audit;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * W3C Trace Context for one decision: the trace it belongs to (taken from the caller's {@code traceparent} header,
 * or new), the gateway's own span, and the caller's span as parent when there is one. Read here rather than with
 * OpenTelemetry's propagator: the server is provisioned without WildFly's OpenTelemetry layer (an exporter and its
 * threads for one header), and the gateway only records the ids in its decision log; it does not export spans.
 */
public record TraceContext(String traceId, String spanId, Optional<String> parentSpanId) {

    /** version "00" - trace-id - parent-id - flags; all-zero ids are invalid by the spec. */
    private static final Pattern TRACEPARENT = Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A malformed or absent header starts a new trace rather than failing the request (W3C: restart the trace). */
    public static TraceContext fromTraceparent(String traceparent) {
        if (traceparent != null) {
            var matcher = TRACEPARENT.matcher(traceparent.strip());
            if (matcher.matches() && !matcher.group(1).equals(ZERO_TRACE) && !matcher.group(2).equals(ZERO_SPAN)) {
                return new TraceContext(matcher.group(1), newId(8), Optional.of(matcher.group(2)));
            }
        }
        return new TraceContext(newId(16), newId(8), Optional.empty());
    }

    /** A span of the gateway's own, e.g. for a scheduled expiry, in a new trace. */
    public static TraceContext newTrace() {
        return fromTraceparent(null);
    }

    private static String newId(int bytes) {
        byte[] id = new byte[bytes];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
