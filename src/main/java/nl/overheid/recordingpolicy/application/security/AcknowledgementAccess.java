package nl.overheid.recordingpolicy.application.security;

import java.util.Optional;

import nl.overheid.recordingpolicy.domain.acknowledgement.Acknowledgement;
import nl.overheid.recordingpolicy.domain.policy.Authority;

/**
 * Who may register and see which acknowledgement of the municipal rules. The names on it are personal data, so the
 * rules follow those of consent requests ({@link ConsentAccess}): a case system or a consent officer of the
 * acknowledgement's authority registers; an auditor sees every acknowledgement, a consent officer those of its own
 * authority, a case system those it registered. One the caller may not see answers as unknown.
 */
public final class AcknowledgementAccess {

    private AcknowledgementAccess() {
    }

    /** The people at the counter (a consent officer) or the case system that holds the case, of that authority. */
    public static void requireMayRegister(Caller caller, Authority authority) {
        ConsentAccess.requireRole(caller);
        if (!caller.has(Role.CASE_SYSTEM) && !caller.has(Role.CONSENT_OFFICER)) {
            throw new AccessDeniedException("Only a case system or a consent officer registers acknowledgements.");
        }
        if (!caller.authority().equals(Optional.of(authority))) {
            throw new AccessDeniedException("The identity " + caller.name() + " is bound to "
                    + caller.authority().map(Authority::name).orElse("no known authority")
                    + " and cannot register an acknowledgement for " + authority + ".");
        }
    }

    public static boolean maySee(Caller caller, Acknowledgement acknowledgement) {
        return visibility(caller).includes(acknowledgement);
    }

    /** A caller with more than one role sees what its widest role sees: auditor, consent officer, case system. */
    public static AcknowledgementVisibility visibility(Caller caller) {
        if (caller.has(Role.AUDITOR)) {
            return new AcknowledgementVisibility.All();
        }
        if (caller.has(Role.CONSENT_OFFICER)) {
            return caller.authority().<AcknowledgementVisibility>map(AcknowledgementVisibility.OfAuthority::new)
                    .orElseGet(AcknowledgementVisibility.None::new);
        }
        if (caller.has(Role.CASE_SYSTEM)) {
            return new AcknowledgementVisibility.RegisteredBy(caller.identity().orElseThrow());
        }
        return new AcknowledgementVisibility.None();
    }
}
