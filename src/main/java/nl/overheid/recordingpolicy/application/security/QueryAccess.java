package nl.overheid.recordingpolicy.application.security;

import jakarta.enterprise.context.ApplicationScoped;

import nl.overheid.recordingpolicy.application.configuration.GatewayConfiguration;

/**
 * Whether the public questions (the rules, lead times, recording and usage decisions) need an authenticated caller.
 * The rules are public, so by default they do not; an operator who wants to know every caller switches it on.
 */
@ApplicationScoped
public class QueryAccess {

    public static final String PROPERTY = "gateway.security.decisions-require-authentication";
    public static final String ENV = "GATEWAY_SECURITY_DECISIONS_REQUIRE_AUTHENTICATION";

    private final boolean authenticationRequired;

    public QueryAccess() {
        this(GatewayConfiguration.setting(PROPERTY, ENV).map(Boolean::parseBoolean).orElse(false));
    }

    public QueryAccess(boolean authenticationRequired) {
        this.authenticationRequired = authenticationRequired;
    }

    /** Lets the caller ask, or throws AuthenticationRequiredException / AccessDeniedException where it may not. */
    public void allow(Caller caller) {
        if (authenticationRequired) {
            ConsentAccess.requireRole(caller);
        }
    }
}
