package nl.overheid.recordingpolicy.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.domain.policy.PolicySet;

/** The decision log's caller column holds 500 characters; the caller text holds a User-Agent any client may make long. */
class DecisionRecordTest {

    private static DecisionRecord callerWas(String caller) {
        return new DecisionRecord("01a2373f-d1f6-74b0-9c5e-d1d307374c89", TraceContext.newTrace(), "usage_decision",
                Instant.parse("2026-05-07T08:00:00Z"), "PERMITTED", caller, "{}", "{}", List.of(),
                PolicySet.CURRENT_VERSION, Optional.empty(), Optional.empty());
    }

    @Test
    void aCallerLongerThanTheColumnIsCutToFit() {
        String longAgent = "rest anonymous@127.0.0.1 (" + "A".repeat(10_000) + ")";

        assertEquals(longAgent.substring(0, DecisionRecord.MAX_CALLER), callerWas(longAgent).caller());
    }

    @Test
    void aShortCallerIsKeptAsItIs() {
        assertEquals("rest anonymous@127.0.0.1", callerWas("rest anonymous@127.0.0.1").caller());
    }
}
