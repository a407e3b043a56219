package nl.overheid.recordingpolicy.application.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.domain.policy.Authority;

/** The switch that closes the public questions to anonymous callers. */
class QueryAccessTest {

    private static final Caller AUDITOR = Caller.of("auditor", Set.of(Role.AUDITOR), Optional.of(Authority.UWV));

    @Test
    void byDefaultAnyoneMayAsk() {
        assertDoesNotThrow(() -> new QueryAccess(false).allow(Caller.anonymous()));
    }

    @Test
    void switchedOnOnlyACallerWithARoleMayAsk() {
        QueryAccess closed = new QueryAccess(true);

        assertThrows(AuthenticationRequiredException.class, () -> closed.allow(Caller.anonymous()));
        assertThrows(AccessDeniedException.class, () -> closed.allow(Caller.of("no-role", Set.of(), Optional.empty())));
        assertDoesNotThrow(() -> closed.allow(AUDITOR));
    }
}
