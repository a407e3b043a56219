package nl.overheid.recordingpolicy.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CallContextTest {

    @Test
    void aCallerLongerThanTheDecisionLogsColumnIsCutToFit() {
        String longAgent = "rest anonymous@127.0.0.1 (" + "A".repeat(10_000) + ")";

        CallContext call = new CallContext(longAgent, TraceContext.newTrace());

        assertEquals(CallContext.MAX_CALLER_LENGTH, call.caller().length());
        assertEquals(longAgent.substring(0, CallContext.MAX_CALLER_LENGTH), call.caller());
    }

    @Test
    void aShortCallerIsKeptAsItIs() {
        assertEquals("rest anonymous@127.0.0.1", new CallContext("rest anonymous@127.0.0.1", TraceContext.newTrace()).caller());
    }
}
