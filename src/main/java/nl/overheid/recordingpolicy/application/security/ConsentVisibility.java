package nl.overheid.recordingpolicy.application.security;

import java.util.Optional;

import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;
import nl.overheid.recordingpolicy.domain.policy.Authority;

/** Which consent requests a caller may see, in the form a store can query. */
public sealed interface ConsentVisibility {

    /** Whether {@code request} is among them. */
    boolean includes(ConsentRequest request);

    /** An auditor: every request. */
    record All() implements ConsentVisibility {
        @Override
        public boolean includes(ConsentRequest request) {
            return true;
        }
    }

    /** A consent officer: the requests of its authority. */
    record OfAuthority(Authority authority) implements ConsentVisibility {
        @Override
        public boolean includes(ConsentRequest request) {
            return request.authority().equals(authority);
        }
    }

    /** A case system: the requests it submitted. */
    record SubmittedBy(String identity) implements ConsentVisibility {
        @Override
        public boolean includes(ConsentRequest request) {
            return request.submittedBy().equals(Optional.of(identity));
        }
    }

    /** An identity with no role that sees requests, or an officer bound to no authority the gateway knows. */
    record None() implements ConsentVisibility {
        @Override
        public boolean includes(ConsentRequest request) {
            return false;
        }
    }
}
