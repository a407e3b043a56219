package nl.overheid.recordingpolicy.application.security;

import java.util.Optional;

import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;
import nl.overheid.recordingpolicy.domain.policy.Authority;

/**
 * Who may see and change which consent request. Seeing: an auditor every request, a consent officer those of its
 * own authority, a case system those it submitted. A request the caller may not see must answer as unknown, so
 * that a foreign reference and one never issued cannot be told apart (the consent use cases do so); a request it
 * sees but may not change is a refusal ({@link AccessDeniedException}).
 */
public final class ConsentAccess {

    private ConsentAccess() {
    }

    /** Any consent operation: an authenticated caller with at least one of the gateway's roles. */
    public static void requireRole(Caller caller) {
        if (!caller.authenticated()) {
            throw new AuthenticationRequiredException();
        }
        if (caller.roles().isEmpty()) {
            throw new AccessDeniedException("The identity " + caller.name() + " has none of the gateway's roles.");
        }
    }

    /** Only a case system submits, and only for the authority it is bound to. */
    public static void requireMaySubmit(Caller caller, Authority authority) {
        requireRole(caller);
        if (!caller.has(Role.CASE_SYSTEM)) {
            throw new AccessDeniedException("Only a case system submits consent requests.");
        }
        if (!caller.authority().equals(Optional.of(authority))) {
            throw new AccessDeniedException("The identity " + caller.name() + " is bound to "
                    + caller.authority().map(Authority::name).orElse("no known authority")
                    + " and cannot submit a request to " + authority + ".");
        }
    }

    public static boolean maySee(Caller caller, ConsentRequest request) {
        return visibility(caller).includes(request);
    }

    /** The grantor's side: a consent officer of the request's authority. Asked only of a request the caller sees. */
    public static void requireMayDecide(Caller caller, ConsentRequest request) {
        if (!isGrantorSide(caller, request)) {
            throw new AccessDeniedException("Only a consent officer of " + request.authority()
                    + " decides this consent request.");
        }
    }

    /**
     * Recording a contact with the requester is the grantor's side too ("Wij nemen dan contact met u op"): a consent
     * officer of the request's authority. Asked only of a request the caller sees.
     */
    public static void requireMayRecordContact(Caller caller, ConsentRequest request) {
        if (!isGrantorSide(caller, request)) {
            throw new AccessDeniedException("Only a consent officer of " + request.authority()
                    + " records a contact about this consent request.");
        }
    }

    /** A consent officer bound to the request's authority: the side that decides it and contacts the requester. */
    private static boolean isGrantorSide(Caller caller, ConsentRequest request) {
        return caller.has(Role.CONSENT_OFFICER) && caller.authority().equals(Optional.of(request.authority()));
    }

    /** The requester's side: the case system that submitted it. Asked only of a request the caller sees. */
    public static void requireMayWithdraw(Caller caller, ConsentRequest request) {
        if (!caller.has(Role.CASE_SYSTEM) || !request.submittedBy().equals(caller.identity())) {
            throw new AccessDeniedException("Only the case system that submitted this consent request withdraws it.");
        }
    }

    /**
     * What a caller's searches may return. A caller with more than one role sees what its widest role sees:
     * auditor, then consent officer, then case system.
     */
    public static ConsentVisibility visibility(Caller caller) {
        if (caller.has(Role.AUDITOR)) {
            return new ConsentVisibility.All();
        }
        if (caller.has(Role.CONSENT_OFFICER)) {
            return caller.authority().<ConsentVisibility>map(ConsentVisibility.OfAuthority::new)
                    .orElseGet(ConsentVisibility.None::new);
        }
        if (caller.has(Role.CASE_SYSTEM)) {
            return new ConsentVisibility.SubmittedBy(caller.identity().orElseThrow());
        }
        return new ConsentVisibility.None();
    }
}
